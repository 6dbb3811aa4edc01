import { pino } from 'pino';
import { createBrain } from '../../src/brain.ts';
import { readConfig } from '../../src/config.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { readSandboxEnv } from '../../src/sandbox/read-sandbox-env.ts';
import type { Sandbox } from '../../src/sandbox/sandbox.ts';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/start-slack-app.ts';
import { lineSink } from '../slack/line-sink.ts';
import { BOT_USER_ID, type Recorded } from '../slack/recording-server.ts';
import { sendCommand, sendSigned, SIGNING_SECRET } from '../slack/signed-request.ts';

export interface InProcessApp {
  app: RunningSlackApp;
  /** `http://127.0.0.1:<port>/slack/events` */
  events: string;
  logs: ReturnType<typeof lineSink>;
  /** `/docker <text>` with a response_url under `responseBase`; resolves once the app is idle again. */
  command(text: string, opts?: { user?: string; channel?: string; responseBase?: string }): Promise<{ hook: string; status: number }>;
  /** An app_mention in a channel; resolves once handled. Returns the message ts the reply threads on. */
  mention(text: string): Promise<{ ts: string; status: number }>;
  /** app_home_opened for `user`; resolves once handled. */
  openHome(user: string): Promise<void>;
}

export interface InProcessOptions {
  /** Where the Web API calls go (`<apiBase>/api/…`). */
  apiBase: string;
  /** Where response_url posts go (`<responseBase>/<hook>`). */
  responseBase: string;
  /** The sandbox engine, DOCKER_HOST syntax; none means no sandbox. */
  dockerHost?: string | null;
  env?: Record<string, string>;
  apiRetries?: number;
}

let seq = 0;
const uid = () => `${Date.now()}${++seq}`;

/** The real Dockhand (real brain, real sandbox client) in this process, in HTTP mode on a free port. */
export async function startInProcessApp(opts: InProcessOptions): Promise<InProcessApp> {
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: `${opts.apiBase}/api/`,
    ...(opts.dockerHost ? { SANDBOX_DOCKER_HOST: opts.dockerHost } : {}),
    ...opts.env,
  };
  const config = readConfig(env);
  const logs = lineSink();
  // The sandbox logs its failures into the same log, as `npm start` wires it.
  const logger = pino({ level: 'info' }, logs);
  const sandbox: Sandbox | undefined = opts.dockerHost ? createDockerSandbox(readSandboxEnv(env), { logger }) : undefined;
  const app = await startSlackApp(config, createBrain(sandbox ? { sandbox, logger } : {}), sandbox, {
    logDestination: logs,
    apiRetries: opts.apiRetries ?? 0,
  });
  const events = `http://127.0.0.1:${app.port}/slack/events`;
  const settle = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await app.idle();
    return result;
  };
  const sendEvent = (ev: Record<string, unknown>) =>
    settle(
      sendSigned(events, JSON.stringify({
        token: 'legacy', team_id: 'T0TEAM', api_app_id: 'A0APP', type: 'event_callback', event_id: `Ev${uid()}`, event_time: 1700000000,
        authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }], event: ev,
      })),
    );
  return {
    app,
    events,
    logs,
    async command(text, { user = 'U0ALICE', channel = 'C0QUIET', responseBase = opts.responseBase } = {}) {
      const hook = `cmd-${uid()}`;
      const res = await settle(
        sendCommand(events, {
          token: 'legacy', team_id: 'T0TEAM', team_domain: 'test', channel_id: channel, channel_name: 'x', user_id: user, user_name: 'alice',
          command: '/docker', text, api_app_id: 'A0APP', response_url: `${responseBase}/${hook}`, trigger_id: 't',
        }),
      );
      return { hook, status: res.status };
    },
    async mention(text) {
      const ts = `1700000100.${uid().slice(-6)}`;
      const res = await sendEvent({ type: 'app_mention', user: 'U0BOB', text: `<@${BOT_USER_ID}> ${text}`, channel: 'C0QUIET', ts, event_ts: ts });
      return { ts, status: res.status };
    },
    async openHome(user) {
      await sendEvent({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: `1700000800.${uid().slice(-6)}` });
    },
  };
}

/** Everything a recorded Slack message says, blocks and fallback text, as one string. */
export const textOf = (r: Recorded | undefined): string => JSON.stringify(r ? [r.body.blocks ?? null, r.body.text ?? null, r.body.view ?? null] : null);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/brain.ts';
import { readConfig } from '../../src/config.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { readSandboxEnv } from '../../src/sandbox/read-sandbox-env.ts';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/start-slack-app.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { lineSink } from './line-sink.ts';
import { BOT_USER_ID, startRecordingServer, type RecordingServer } from './recording-server.ts';
import { sendCommand, sendSigned, SIGNING_SECRET } from './signed-request.ts';

let slack: RecordingServer;
const started: RunningSlackApp[] = [];

beforeAll(async () => {
  slack = await startRecordingServer();
});
afterAll(async () => {
  for (const app of started) await app.stop();
  await slack.close();
});

async function start(dockerHost: string, checks: Parameters<typeof startSlackApp>[3] = {}) {
  const env = { SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: `${slack.url}/api/`, SANDBOX_DOCKER_HOST: dockerHost };
  const sandbox = createDockerSandbox(readSandboxEnv(env));
  const app = await startSlackApp(readConfig(env), createBrain({ sandbox }), sandbox, { logDestination: lineSink(), apiRetries: 0, ...checks });
  started.push(app);
  const base = `http://127.0.0.1:${app.port}`;
  return { app, base, get: (path: string) => fetch(`${base}${path}`) };
}

const NO_ENGINE = 'unix:///nonexistent/dockhand-ops.sock';

describe('/readyz', () => {
  it('names every check; a missing engine leaves the app answering (200, degraded)', async () => {
    const { get } = await start(NO_ENGINE);
    const res = await get('/readyz');
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({
      status: 'degraded',
      checks: { cards: { ok: true, critical: true }, engine: { ok: false, critical: false, detail: 'the sandbox engine is not reachable' } },
    });
    expect(report.checks.cards.detail).toMatch(/^\d+ cards$/);
    expect(report.checks.redis).toBeUndefined();
  });

  itWithEngine('is ready with a reachable engine, naming its version', async () => {
    const { get } = await start(engineHost()!);
    const report = await (await get('/readyz')).json();
    expect(report.status).toBe('ready');
    expect(report.checks.engine.detail).toMatch(/^Docker Engine \d+\.\d+/);
  });

  it('takes a check added by another part (a database) into account: a critical one failing is 503', async () => {
    const { get } = await start(NO_ENGINE, { checks: [{ name: 'database', critical: true, check: async () => ({ ok: false, detail: 'connection refused' }) }] });
    const res = await get('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unready', checks: { database: { ok: false, detail: 'connection refused' } } });
  });
});

describe('/metrics', () => {
  it('counts requests and acks by surface, replies by kind, sandbox outcomes, duplicates and readiness', async () => {
    const { app, base, get } = await start(NO_ENGINE);
    const events = `${base}/slack/events`;
    const command = (text: string, hook: string) =>
      sendCommand(events, { command: '/docker', text, user_id: 'U0M', channel_id: 'C0M', response_url: `${slack.responseUrl}/${hook}` });
    await command('what are namespaces?', 'm1');
    await command('ps', 'm2');
    const mention = JSON.stringify({
      type: 'event_callback', event_id: 'EvMetrics1', team_id: 'T0TEAM', api_app_id: 'A0APP', authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }],
      event: { type: 'app_mention', user: 'U0M', text: `<@${BOT_USER_ID}> what is a layer`, channel: 'C0M', ts: '1700000300.000001', event_ts: '1700000300.000001' },
    });
    await sendSigned(events, mention);
    // Slack re-signs a retry (a new timestamp); the same signature again would be dropped as a replay.
    await sendSigned(events, mention, { timestamp: Math.floor(Date.now() / 1000) + 1, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await app.idle();
    const res = await get('/metrics');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const value = (line: string) => Number(new RegExp(`^${line.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('dockhand_requests_total{surface="slash"}')).toBe(2);
    expect(value('dockhand_requests_total{surface="mention"}')).toBe(2);
    expect(value('dockhand_ack_seconds_count{surface="slash"}')).toBe(2);
    expect(value('dockhand_replies_total{kind="answer"}')).toBe(2);
    expect(value('dockhand_replies_total{kind="error"}')).toBe(1);
    expect(value('dockhand_sandbox_runs_total{outcome="error",code="SANDBOX_UNREACHABLE"}')).toBe(1);
    expect(value('dockhand_sandbox_seconds_count{outcome="error"}')).toBe(1);
    expect(value('dockhand_duplicate_events_total')).toBe(1);
    expect(value('dockhand_ready{check="cards"}')).toBe(1);
    expect(value('dockhand_ready{check="engine"}')).toBe(0);
    expect(text).toMatch(/^dockhand_process_resident_memory_bytes \d+/m);
  });
});

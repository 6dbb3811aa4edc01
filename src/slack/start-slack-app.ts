import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.ts';
import type { Brain } from '../dispatch.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { History } from '../store/history.ts';
import { createSlackApp, type SlackAppOptions } from './create-slack-app.ts';

export interface RunningSlackApp {
  /** The HTTP port listened on (useful with PORT=0); null in Socket Mode. */
  port: number | null;
  /** Graceful: stops taking requests, lets in-flight ones finish (replies included), then resolves. */
  stop(): Promise<void>;
  /** Resolves once every request received so far has been fully handled (replies sent). */
  idle(): Promise<void>;
  /** The instructors' history, when a store was given. */
  history: History | null;
}

/** Starts Dockhand on Slack: HTTP (`PORT`, `/slack/events`) or Socket Mode (`SLACK_APP_TOKEN`). */
export async function startSlackApp(config: Config, brain: Brain, sandbox?: Sandbox, options: SlackAppOptions = {}): Promise<RunningSlackApp> {
  const { app, inFlight, logger, history } = createSlackApp(config, brain, sandbox, options);
  let port: number | null = null;
  if (config.mode === 'socket') {
    await app.start();
  } else {
    const server = (await app.start(config.port)) as Server;
    // Slack sends a whole request at once: a sender slower than this is holding a socket, not talking.
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    port = (server.address() as AddressInfo).port;
  }
  logger.info({ mode: config.mode, port }, 'Dockhand is listening');
  let stopping: Promise<void> | undefined;
  return {
    port,
    history,
    idle: () => inFlight.drained(),
    stop: () =>
      (stopping ??= (async () => {
        await app.stop();
        await inFlight.drained();
        // What the last requests recorded is written (or given up on after a few seconds) before exit.
        await history?.stop();
        logger.info('Dockhand stopped');
      })()),
  };
}

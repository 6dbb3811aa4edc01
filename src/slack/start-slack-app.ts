import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Config } from '../config.ts';
import { DockhandError } from '../errors.ts';
import type { Brain } from '../dispatch.ts';
import { createMetrics } from '../ops/metrics.ts';
import { HEALTHZ, opsRoutes } from '../ops/ops-routes.ts';
import { createReadiness, type ReadinessCheck } from '../ops/readiness.ts';
import { startOpsServer, type OpsServer } from '../ops/start-ops-server.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { History } from '../store/history.ts';
import { createSlackApp, type SlackAppOptions } from './create-slack-app.ts';
import { sharedState } from './shared-state.ts';
import { standardChecks } from './standard-checks.ts';

/** A port that cannot be listened on is a configuration problem: say which variable, not a stack. */
function portProblem(err: unknown, config: Config): DockhandError | null {
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES') return null;
  const why = code === 'EADDRINUSE' ? 'is already in use' : 'needs privileges this process does not have';
  const serves = config.mode === 'socket' ? '/healthz, /readyz and /metrics' : '/slack/events, /healthz, /readyz and /metrics';
  return new DockhandError('CONFIG_INVALID', `PORT ${config.port} ${why}: pick another PORT (Dockhand serves ${serves} on it), or 0 for any free port`, { variable: 'PORT' });
}

export interface StartOptions extends SlackAppOptions {
  /** More readiness checks, e.g. `database` once a store is wired. */
  checks?: ReadinessCheck[];
}

export interface StopResult {
  /** False when the grace period ran out first. */
  drained: boolean;
  /** Requests still unfinished then. */
  abandoned: number;
}

export interface RunningSlackApp {
  /** The HTTP port listened on: `/slack/events` in HTTP mode, `/healthz` `/readyz` `/metrics` in both. */
  port: number;
  /**
   * Graceful: stops taking requests, lets in-flight ones finish (replies included) for at most
   * `graceMs`, then resolves either way, so the process can exit whatever the network does.
   */
  stop(graceMs?: number): Promise<StopResult>;
  /** Resolves once every request received so far has been fully handled (replies sent). */
  idle(): Promise<void>;
  /** The instructors' history, when a store was given. */
  history: History | null;
}

/** Starts Dockhand on Slack: HTTP (`PORT`, `/slack/events`) or Socket Mode (`SLACK_APP_TOKEN`). */
export async function startSlackApp(config: Config, brain: Brain, sandbox?: Sandbox, options: StartOptions = {}): Promise<RunningSlackApp> {
  const readiness = createReadiness();
  const metrics = options.metrics ?? createMetrics(readiness);
  const routes = opsRoutes(readiness, metrics);
  const logger = options.logger ?? pino({ level: config.logLevel }, options.logDestination);
  const { app, inFlight, shared, history } = createSlackApp(config, brain, sandbox, {
    ...options,
    logger,
    metrics,
    routes,
    shared: options.shared ?? (await sharedState(config, logger)),
  });
  for (const check of [...standardChecks(brain, sandbox, shared.redis), ...(options.checks ?? [])]) readiness.register(check);
  if (shared.redis) {
    metrics.redisUp(shared.redis.up());
    shared.redis.onChange((up) => metrics.redisUp(up));
  }
  let port: number;
  let ops: OpsServer | null = null;
  try {
    if (config.mode === 'socket') {
      // Socket Mode has no HTTP server: probes and Prometheus get a small one on PORT.
      ops = await startOpsServer(config.port, [HEALTHZ, ...routes]);
      port = ops.port;
      await app.start();
    } else {
      const server = (await app.start(config.port)) as Server;
      // Slack sends a whole request at once: a sender slower than this is holding a socket, not talking.
      server.headersTimeout = 10_000;
      server.requestTimeout = 30_000;
      port = (server.address() as AddressInfo).port;
    }
  } catch (err) {
    await shared.close();
    throw portProblem(err, config) ?? err;
  }
  logger.info({ mode: config.mode, port }, 'Dockhand is listening');
  let stopping: Promise<StopResult> | undefined;
  return {
    port,
    history,
    idle: () => inFlight.drained(),
    stop: (graceMs = config.shutdownGraceMs) =>
      (stopping ??= (async () => {
        readiness.markStopping();
        const drained = (async () => {
          await app.stop();
          await inFlight.drained();
        })();
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
        const outcome = await Promise.race([drained.then(() => 'drained' as const), late]);
        clearTimeout(timer);
        const drainedInTime = outcome === 'drained';
        const abandoned = drainedInTime ? 0 : inFlight.count();
        // What the last requests recorded is written (or given up on after a few seconds) before exit.
        await Promise.all([ops?.close(), shared.close(), history?.stop()]);
        if (drainedInTime) logger.info('Dockhand stopped');
        else logger.warn({ abandoned, graceMs }, `Dockhand stopped: the grace period (SHUTDOWN_GRACE_MS=${graceMs}) ran out with ${abandoned} request(s) unfinished`);
        return { drained: drainedInTime, abandoned };
      })()),
  };
}

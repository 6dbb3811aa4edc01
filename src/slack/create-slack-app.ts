import { App, SocketModeReceiver, type Receiver } from '@slack/bolt';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Brain } from '../dispatch.ts';
import { createMetrics, type Metrics } from '../ops/metrics.ts';
import type { OpsRoute } from '../ops/ops-routes.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';
import { createHistory, type History } from '../store/history.ts';
import type { Store } from '../store/store.ts';
import { createAuditLog, type AuditEntry, type AuditLog } from './access/audit-log.ts';
import { gateCommands } from './access/gate-commands.ts';
import { mayUseSandbox } from './access/sandbox-access.ts';
import { registerCardActions } from './actions/card-action.ts';
import { registerFeedbackActions } from './actions/feedback-action.ts';
import { registerRunAction } from './actions/run-action.ts';
import { registerShareAction } from './actions/share-action.ts';
import { boltLogger } from './bolt-logger.ts';
import { registerDockerCommand } from './commands/docker-command.ts';
import { dedupeEvents } from './event-dedupe.ts';
import { registerAppHomeOpened } from './events/app-home-opened.ts';
import { registerAppMention } from './events/app-mention.ts';
import { registerMessage } from './events/message.ts';
import { createHttpReceiver } from './http/create-http-receiver.ts';
import { createInFlight, type InFlight } from './in-flight.ts';
import { keepAliveFetch } from './keep-alive-fetch.ts';
import { observeRequests } from './observe-requests.ts';
import { localState, type SharedState } from './shared-state.ts';
import type { SlackDeps } from './slack-deps.ts';
import { registerFeedbackView } from './views/feedback-view.ts';

export interface SlackAppOptions {
  /** Where the JSON log (audit lines included) goes; stdout by default. */
  logDestination?: DestinationStream;
  /** The log itself, when the caller already has one (it then ignores `logDestination`). */
  logger?: Logger;
  /** Web API retries; tests pass 0. Default: the Web API client's own policy (backs off on 429 and 5xx). */
  apiRetries?: number;
  /** Where the instructors' history goes (`openStore(config.store)`); without one nothing is recorded. */
  store?: Store;
  /** Event ids, rate limits and sandbox slots; this process's own by default. */
  shared?: SharedState;
  metrics?: Metrics;
  /** Served beside `/slack/events` in HTTP mode (`/readyz`, `/metrics`). */
  routes?: OpsRoute[];
}

export interface SlackApp {
  app: App;
  inFlight: InFlight;
  logger: Logger;
  history: History | null;
  shared: SharedState;
}

// One keep-alive client per process for the Web API and response_url posts alike.
const fetch = keepAliveFetch();

function clientOptions(config: Config, retries: number | undefined) {
  return {
    fetch,
    ...(config.slack?.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    ...(retries !== undefined ? { retryConfig: { retries } } : {}),
  };
}

function receiverOptions(config: Config, logger: Logger, retries: number | undefined, routes: OpsRoute[]): { receiver: Receiver } {
  const slack = config.slack!;
  if (config.mode === 'socket') {
    const receiver = new SocketModeReceiver({
      appToken: slack.appToken!,
      logger: boltLogger(logger),
      installerOptions: { clientOptions: clientOptions(config, retries) },
    });
    return { receiver };
  }
  return { receiver: createHttpReceiver(slack.signingSecret!, boltLogger(logger), routes) };
}

/** The audit line, also counted and timed in the metrics. */
function observedAudit(audit: AuditLog, metrics: Metrics): AuditLog {
  return {
    record(entry) {
      audit.record(entry);
      metrics.sandbox(entry.outcome, entry.code, entry.ms / 1000);
    },
  };
}

function deps(config: Config, brain: Brain, sandbox: Sandbox | undefined, logger: Logger, history: History | null, shared: SharedState, metrics: Metrics): SlackDeps {
  const access = config.sandboxAccess;
  const toHistory = history ? (entry: AuditEntry) => history.record({ kind: 'run', ...entry }) : undefined;
  const gate = {
    limiter: shared.limiter,
    slots: shared.slots,
    slotWaitMs: config.sandbox.timeoutMs,
    audit: observedAudit(createAuditLog(logger, toHistory), metrics),
  };
  const commands = brain.commands && gateCommands(brain.commands, access, gate);
  const { commands: _unused, ...questionsOnly } = brain;
  return {
    brain: { ...questionsOnly, ...(commands ? { commands } : {}) },
    questionsOnly,
    sandbox,
    listenChannels: new Set(config.listenChannels),
    mayRun: (user, channel) => mayUseSandbox(access, user, channel),
    logger,
    history,
    instructors: new Set(config.instructors),
    metrics,
  };
}

/** The Bolt app with every Dockhand listener, not yet started. */
export function createSlackApp(config: Config, brain: Brain, sandbox?: Sandbox, options: SlackAppOptions = {}): SlackApp {
  if (!config.slack || config.mode === 'local') throw new Error('createSlackApp needs Slack credentials (mode http or socket)');
  const logger = options.logger ?? pino({ level: config.logLevel }, options.logDestination);
  const shared = options.shared ?? localState(config);
  const metrics = options.metrics ?? createMetrics();
  const app = new App({
    token: config.slack.botToken,
    ...receiverOptions(config, logger, options.apiRetries, options.routes ?? []),
    // Ack first, work after: Slack's 3-second limit never waits on the sandbox.
    processBeforeResponse: false,
    logger: boltLogger(logger),
    clientOptions: clientOptions(config, options.apiRetries),
  });
  const inFlight = createInFlight();
  observeRequests(app, inFlight, metrics);
  metrics.inFlightFrom(() => inFlight.count());
  app.use(dedupeEvents(shared.seen, () => metrics.duplicate()));
  const history = options.store ? createHistory(options.store, logger.child({ component: 'store' }), { retentionDays: config.store.retentionDays }) : null;
  const d = deps(config, brain, sandbox, logger, history, shared, metrics);
  for (const register of [
    registerDockerCommand,
    registerAppMention,
    registerMessage,
    registerAppHomeOpened,
    registerRunAction,
    registerCardActions,
    registerShareAction,
    registerFeedbackActions,
    registerFeedbackView,
  ]) {
    register(app, d);
  }
  app.error(async (error) => {
    metrics.error('listener');
    logger.error({ err: error }, 'listener failed');
  });
  return { app, inFlight, logger, history, shared };
}

import { App, SocketModeReceiver, type Receiver } from '@slack/bolt';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Brain } from '../dispatch.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';
import { createHistory, type History } from '../store/history.ts';
import type { Store } from '../store/store.ts';
import { createAuditLog, type AuditEntry } from './access/audit-log.ts';
import { gateCommands } from './access/gate-commands.ts';
import { createRateLimiter } from './access/rate-limiter.ts';
import { mayUseSandbox } from './access/sandbox-access.ts';
import { registerCardActions } from './actions/card-action.ts';
import { registerFeedbackActions } from './actions/feedback-action.ts';
import { registerRunAction } from './actions/run-action.ts';
import { registerShareAction } from './actions/share-action.ts';
import { boltLogger } from './bolt-logger.ts';
import { registerDockerCommand } from './commands/docker-command.ts';
import { createSeenStore, dedupeEvents } from './event-dedupe.ts';
import { registerAppHomeOpened } from './events/app-home-opened.ts';
import { registerAppMention } from './events/app-mention.ts';
import { registerMessage } from './events/message.ts';
import { createHttpReceiver } from './http/create-http-receiver.ts';
import { createInFlight, type InFlight } from './in-flight.ts';
import type { SlackDeps } from './slack-deps.ts';
import { registerFeedbackView } from './views/feedback-view.ts';

export interface SlackAppOptions {
  /** Where the JSON log (audit lines included) goes; stdout by default. */
  logDestination?: DestinationStream;
  /** Web API retries; tests pass 0. Default: the Web API client's own policy (backs off on 429 and 5xx). */
  apiRetries?: number;
  /** Where the instructors' history goes (`openStore(config.store)`); without one nothing is recorded. */
  store?: Store;
}

export interface SlackApp {
  app: App;
  inFlight: InFlight;
  logger: Logger;
  history: History | null;
}

function clientOptions(config: Config, retries: number | undefined) {
  return {
    ...(config.slack?.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    ...(retries !== undefined ? { retryConfig: { retries } } : {}),
  };
}

function receiverOptions(config: Config, logger: Logger, retries: number | undefined): { receiver: Receiver } {
  const slack = config.slack!;
  if (config.mode === 'socket') {
    const receiver = new SocketModeReceiver({
      appToken: slack.appToken!,
      logger: boltLogger(logger),
      installerOptions: { clientOptions: clientOptions(config, retries) },
    });
    return { receiver };
  }
  return { receiver: createHttpReceiver(slack.signingSecret!, boltLogger(logger)) };
}

function deps(config: Config, brain: Brain, sandbox: Sandbox | undefined, logger: Logger, history: History | null): SlackDeps {
  const access = config.sandboxAccess;
  const toHistory = history ? (entry: AuditEntry) => history.record({ kind: 'run', ...entry }) : undefined;
  const gate = { limiter: createRateLimiter(access.ratePerMin), audit: createAuditLog(logger, toHistory) };
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
  };
}

/** The Bolt app with every Dockhand listener, not yet started. */
export function createSlackApp(config: Config, brain: Brain, sandbox?: Sandbox, options: SlackAppOptions = {}): SlackApp {
  if (!config.slack || config.mode === 'local') throw new Error('createSlackApp needs Slack credentials (mode http or socket)');
  const logger = pino({ level: config.logLevel }, options.logDestination);
  const app = new App({
    token: config.slack.botToken,
    ...receiverOptions(config, logger, options.apiRetries),
    // Ack first, work after: Slack's 3-second limit never waits on the sandbox.
    processBeforeResponse: false,
    logger: boltLogger(logger),
    clientOptions: clientOptions(config, options.apiRetries),
  });
  // Tracked from the moment the receiver hands a request over, before the ack goes out, so a
  // graceful stop (and a test waiting for quiet) sees work that is still running after the ack.
  const inFlight = createInFlight();
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => inFlight.track(processEvent(event));
  app.use(dedupeEvents(createSeenStore()));
  const history = options.store ? createHistory(options.store, logger.child({ component: 'store' }), { retentionDays: config.store.retentionDays }) : null;
  const d = deps(config, brain, sandbox, logger, history);
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
    logger.error({ err: error }, 'listener failed');
  });
  return { app, inFlight, logger, history };
}

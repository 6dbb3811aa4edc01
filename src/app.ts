import { pino, type Logger } from 'pino';
import { createBrain } from './brain.ts';
import { askCommand } from './cli/ask-command.ts';
import { localLog } from './cli/local-log.ts';
import { readConfig } from './config.ts';
import { msg } from './i18n/messages.ts';
import { keepHeapLean } from './ops/keep-heap-lean.ts';
import { createDockerSandbox } from './sandbox/docker-sandbox.ts';
import { runShell } from './shell/run-shell.ts';

/**
 * Config, brain and sandbox: everything but the surface. Fails fast on a bad variable or card.
 * Sandbox failures are logged with their cause: JSON on stdout beside Slack's log, a readable
 * line on stderr in the terminal.
 */
function wire(env: NodeJS.ProcessEnv, surface: 'terminal' | 'server') {
  const config = readConfig(env);
  const logger: Logger = surface === 'server' && config.mode !== 'local' ? pino({ level: config.logLevel }) : localLog(config.logLevel);
  const sandbox = createDockerSandbox(config.sandbox, { logger });
  // No audit callback here: in Slack mode the access gate audit-logs each run once.
  const brain = createBrain({ sandbox, logger, ...(config.knowledgeDir ? { knowledgeDir: config.knowledgeDir } : {}) }, ({ model }) => {
    // A stale model still serves (trained now, in memory), but every start pays for it until it is saved.
    if (model.source === 'trained') logger.warn({ reason: model.reason, ms: Math.round(model.ms) }, 'the matcher model was trained at start-up: run `npm run train` and commit knowledge/matcher-model.json');
  });
  return { config, sandbox, brain, logger };
}

export async function ask(env: NodeJS.ProcessEnv, args: string[]): Promise<number> {
  const { brain } = wire(env, 'terminal');
  return askCommand(brain, args, { stdin: process.stdin, stdout: process.stdout });
}

export async function startShell(env: NodeJS.ProcessEnv): Promise<number> {
  const { brain } = wire(env, 'terminal');
  await runShell(brain, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
  return 0;
}

/** `npm start`: Slack when configured; with no Slack variables, the local shell. */
export async function startApp(env: NodeJS.ProcessEnv): Promise<number> {
  const { config, sandbox, brain, logger } = wire(env, 'server');
  if (config.mode === 'local') {
    process.stderr.write(`${msg('en', 'connectSlack')}\n`);
    await runShell(brain, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
    return 0;
  }
  keepHeapLean();
  const { startSlackApp } = await import('./slack/start-slack-app.ts');
  const { openStore } = await import('./store/open-store.ts');
  const { databaseCheck } = await import('./ops/database-check.ts');
  const store = config.store.recording ? openStore(config.store) : undefined;
  const running = await startSlackApp(config, brain, sandbox, { logger, ...(store ? { store, checks: [databaseCheck(store)] } : {}) });
  // Graceful shutdown: stop taking requests, let in-flight ones (and their replies) finish within
  // SHUTDOWN_GRACE_MS, exit 0. A repeated signal changes nothing: npm start and a terminal's
  // Ctrl-C deliver it twice (to the process group, and forwarded by npm).
  await new Promise<void>((resolve) => {
    process.on('SIGTERM', resolve);
    process.on('SIGINT', resolve);
  });
  await running.stop(config.shutdownGraceMs);
  return 0;
}

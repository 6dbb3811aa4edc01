import { createBrain } from './brain.ts';
import { askCommand } from './cli/ask-command.ts';
import { readConfig } from './config.ts';
import { msg } from './i18n/messages.ts';
import { keepHeapLean } from './ops/keep-heap-lean.ts';
import { createDockerSandbox } from './sandbox/docker-sandbox.ts';
import { runShell } from './shell/run-shell.ts';

/** Config, brain and sandbox: everything but the surface. Fails fast on a bad variable or card. */
function wire(env: NodeJS.ProcessEnv) {
  const config = readConfig(env);
  const sandbox = createDockerSandbox(config.sandbox);
  // No audit callback here: in Slack mode the access gate audit-logs each run once.
  return { config, sandbox, brain: createBrain({ sandbox, ...(config.knowledgeDir ? { knowledgeDir: config.knowledgeDir } : {}) }) };
}

export async function ask(env: NodeJS.ProcessEnv, args: string[]): Promise<number> {
  const { brain } = wire(env);
  return askCommand(brain, args, { stdin: process.stdin, stdout: process.stdout });
}

export async function startShell(env: NodeJS.ProcessEnv): Promise<number> {
  const { brain } = wire(env);
  await runShell(brain, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
  return 0;
}

/** `npm start`: Slack when configured; with no Slack variables, the local shell. */
export async function startApp(env: NodeJS.ProcessEnv): Promise<number> {
  const { config, sandbox, brain } = wire(env);
  if (config.mode === 'local') {
    process.stderr.write(`${msg('en', 'connectSlack')}\n`);
    await runShell(brain, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
    return 0;
  }
  keepHeapLean();
  const { startSlackApp } = await import('./slack/start-slack-app.ts');
  const running = await startSlackApp(config, brain, sandbox);
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

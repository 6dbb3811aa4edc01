import { isDockhandError } from './errors.ts';
import { deferBuildkitSession } from './ops/defer-buildkit-session.ts';
import { deferSsh2 } from './ops/defer-ssh2.ts';

const USAGE = `usage: dockhand <command>

  start                      run Dockhand: Slack when configured, else the local shell
  ask [--json] <text>        answer one question or run one sandbox command
  ask --jsonl                read one text per line on stdin, write one JSON object per line
  shell                      chat with Dockhand in the terminal
  demo                       the shell on a private, throwaway Docker Engine seeded with the course (root, Linux)
  sandbox seed [--host H]    create the course's images and containers on a sandbox engine (idempotent)
  kb check [dir]             validate the knowledge cards (and say what drafts still need)
  kb draft <N> [--since 7d]  turn unanswered group N of the report into a card draft
  report [--since 7d] [--json | --csv | --html]
                             what learners asked, what went unanswered, what they tried to run
  manifest --url https://host | --socket
                             print the Slack app manifest to paste at api.slack.com/apps
`;

const isServer = (command: string | undefined) => command === 'start' || command === undefined;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
    case undefined:
      return (await import('./app.ts')).startApp(process.env);
    case 'shell':
      return (await import('./app.ts')).startShell(process.env);
    case 'demo':
      return (await import('./cli/demo-command.ts')).demoCommand({
        input: process.stdin, output: process.stdout, log: process.stderr, interactive: Boolean(process.stdin.isTTY), env: process.env,
      });
    case 'sandbox':
      if (rest[0] !== 'seed') break;
      return (await import('./cli/sandbox-seed-command.ts')).sandboxSeedCommand(rest.slice(1), process.env, process.stdout, process.stderr);
    case 'ask':
      return (await import('./app.ts')).ask(process.env, rest);
    case 'kb':
      if (rest[0] === 'draft') return (await import('./cli/kb-draft-command.ts')).kbDraftCommand(rest.slice(1), process.env, process.stdout, process.stderr);
      if (rest[0] !== 'check') break;
      return (await import('./cli/kb-check-command.ts')).kbCheckCommand(rest.slice(1), process.stdout, process.stderr);
    case 'report':
      return (await import('./cli/report-command.ts')).reportCommand(rest, process.env, process.stdout, process.stderr);
    case 'manifest':
      return (await import('./cli/manifest-command.ts')).manifestCommand(rest, process.stdout, process.stderr);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
  }
  process.stderr.write(`dockhand: unknown command "${argv.join(' ')}"\n\n${USAGE}`);
  return 2;
}

try {
  deferSsh2();
  deferBuildkitSession();
  process.exitCode = await run(process.argv.slice(2));
  // A stopped server exits now, whatever the network still holds open (a Web API call retrying
  // against an unreachable Slack, a keep-alive socket): the grace period has already been spent.
  if (isServer(process.argv[2])) process.exit();
} catch (err) {
  // Coded errors are for people (a broken card, a bad variable): print the fix, not a stack.
  if (!isDockhandError(err)) throw err;
  process.stderr.write(`dockhand: ${err.message}\n`);
  process.exitCode = 1;
  // A server that failed to start may already have Web API calls retrying: they must not keep it alive.
  if (isServer(process.argv[2])) process.exit();
}

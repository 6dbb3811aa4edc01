import { isDockhandError } from './errors.ts';
import { deferSsh2 } from './ops/defer-ssh2.ts';

const USAGE = `usage: dockhand <command>

  start                      run Dockhand: Slack when configured, else the local shell
  ask [--json] <text>        answer one question or run one sandbox command
  ask --jsonl                read one text per line on stdin, write one JSON object per line
  shell                      chat with Dockhand in the terminal
  kb check [dir]             validate the knowledge cards
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
    case 'ask':
      return (await import('./app.ts')).ask(process.env, rest);
    case 'kb':
      if (rest[0] !== 'check') break;
      return (await import('./cli/kb-check-command.ts')).kbCheckCommand(rest.slice(1), process.stdout, process.stderr);
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

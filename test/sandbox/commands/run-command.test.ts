import { describe, expect } from 'vitest';
import { runCommand } from '../../../src/sandbox/commands/run-command.ts';
import type { CommandFlags, CommandName } from '../../../src/sandbox/sandbox-command.ts';
import { engineHost, itWithEngine } from '../../engine-context.ts';
import { engineFor } from '../engine-for.ts';
import { FIXTURE } from '../../setup/build-fixtures.ts';

const run = async (name: CommandName, flags: CommandFlags = {}, targets: string[] = [], now?: Date) =>
  (await runCommand(engineFor(engineHost() as string), { name, argv: [], flags, targets }, now)).text;

describe('runCommand on the private engine', () => {
  itWithEngine('measures CREATED against the clock it is given', async () => {
    const out = await run('ps', { all: true, filters: { name: [FIXTURE.exitedOk] } }, [], new Date(Date.now() + 3 * 86_400_000));
    expect(out.split('\n')[1]).toMatch(/ 3 days ago /);
  });

  itWithEngine('returns a TTY container log with its carriage returns as plain newlines (the terminal would show the same)', async () => {
    expect(await run('logs', {}, [FIXTURE.tty])).toBe('tty line\n');
  });

  itWithEngine('keeps only the last N lines with --tail, stderr included', async () => {
    expect(await run('logs', { tail: 1 }, [FIXTURE.exitedFail])).toBe('boom\n');
    const tail = await run('logs', { tail: 2 }, [FIXTURE.running]);
    expect(tail.split('\n')).toHaveLength(3);
  });

  itWithEngine('inspect falls back to an image when no container has the name', async () => {
    const [image] = JSON.parse(await run('inspect', {}, [FIXTURE.busyboxImage])) as Array<{ RepoTags: string[] }>;
    expect(image?.RepoTags).toContain(FIXTURE.busyboxImage);
  });

  itWithEngine('reports a stopped container for top with the daemon words', async () => {
    await expect(run('top', {}, [FIXTURE.created])).rejects.toMatchObject({
      code: 'ENGINE_ERROR',
      message: expect.stringMatching(/^Error response from daemon: Container [0-9a-f]{64} is not running$/),
    });
  });

  itWithEngine('refuses a port that is not published, and a malformed one, like the CLI', async () => {
    await expect(run('port', {}, [FIXTURE.running, '80'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `Error: No public port '80' published for ${FIXTURE.running}`,
    });
    await expect(run('port', {}, [FIXTURE.running, 'http'])).rejects.toMatchObject({ code: 'BAD_ARGS', message: 'Error: invalid port (http)' });
  });

  for (const name of ['logs', 'top', 'port', 'stats'] as CommandName[]) {
    itWithEngine(`${name} of a missing container is NOT_FOUND`, async () => {
      await expect(run(name, {}, ['fmt-missing'])).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such container: fmt-missing' });
    });
  }

  itWithEngine('a command that needs a name and has none is BAD_ARGS, not an engine call', async () => {
    await expect(run('history')).rejects.toMatchObject({ code: 'BAD_ARGS' });
  });
});

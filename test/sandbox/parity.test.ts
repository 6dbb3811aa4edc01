import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect } from 'vitest';
import { checkPolicy } from '../../src/sandbox/check-policy.ts';
import { runCommand } from '../../src/sandbox/commands/run-command.ts';
import type { CommandFlags, CommandName, SandboxCommand } from '../../src/sandbox/sandbox-command.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { engineFor } from './engine-for.ts';
import { FIXTURE } from '../setup/build-fixtures.ts';

/**
 * Dockhand against the real docker CLI on the same private engine. Tables are compared cell by
 * cell and column width by column width; only the CREATED and STATUS durations (the clock
 * moves between the two runs) are normalised. Two CLI quirks are tolerated and named where
 * they apply: rows of one image in several repositories (a Go map, random order) and the
 * Runtimes line of `info` (same). The engine itself returns images created in the same second
 * in any order from one call to the next, so image rows are checked to be newest-first and then
 * compared in a canonical order.
 */

const host = (): string => engineHost() as string;
const cliEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DOCKER_HOST: host(), DOCKER_CLI_HINTS: 'false' });

function cli(args: string[]): string {
  return execFileSync('docker', args, { env: cliEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** stdout and stderr through one pipe, so their interleaving is the terminal's. */
function cliMerged(args: string[]): string {
  const r = spawnSync('sh', ['-c', 'exec docker "$@" 2>&1', 'sh', ...args], { env: cliEnv(), encoding: 'utf8' });
  return r.stdout;
}

async function dockhand(name: CommandName, flags: CommandFlags = {}, targets: string[] = []): Promise<string> {
  const command: SandboxCommand = { name, argv: ['docker', ...name.split('-')], flags, targets };
  return (await runCommand(engineFor(host()), command)).text;
}

const DURATION =
  /\b(?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes|hours|days|weeks|months|years))\b/g;
const TIME_COLUMNS = new Set(['CREATED', 'STATUS']);

interface Table {
  header: string[];
  widths: Array<number | 'time'>;
  rows: string[][];
}

/** Cuts a CLI table at the header's column starts (every cell here is ASCII). */
function table(text: string): Table {
  const lines = text.split('\n');
  const headerLine = lines[0] ?? '';
  const starts = [...headerLine.matchAll(/\S+(?: \S+)*/g)].map((m) => m.index);
  const header = starts.map((s, i) => headerLine.slice(s, starts[i + 1]).trimEnd());
  const widths = starts.map((s, i) => (TIME_COLUMNS.has(header[i] ?? '') ? 'time' : (starts[i + 1] ?? s) - s));
  const rows = lines.slice(1, -1).map((line) =>
    starts.map((s, i) => line.slice(s, starts[i + 1]).trimEnd().replace(DURATION, '<T>')),
  );
  expect(lines[lines.length - 1]).toBe('');
  return { header, widths, rows };
}

/** Image ID (full or short) → Created, from the engine. */
async function imageCreated(): Promise<(id: string) => number> {
  const images = (await engineFor(host()).json('/images/json', { all: true })) as Array<{ Id: string; Created: number }>;
  return (id: string) => images.find((i) => i.Id === id || i.Id.slice(7).startsWith(id))?.Created ?? Number.NaN;
}

/** Asserts newest-first, then sorts by (Created, ID, row) so same-second images compare equal. */
function canonicalImages<T>(items: T[], id: (item: T) => string, created: (id: string) => number): T[] {
  const times = items.map((item) => created(id(item)));
  times.forEach((t, i) => expect(i === 0 || t <= times[i - 1]!).toBe(true));
  const key = (item: T) => `${String(created(id(item))).padStart(12, '0')} ${id(item)} ${JSON.stringify(item)}`;
  return [...items].sort((x, y) => key(y).localeCompare(key(x)));
}

async function expectSameTable(ours: Promise<string>, cliArgs: string[], imageIdColumn?: number): Promise<void> {
  const mine = await ours;
  const theirs = cli(cliArgs);
  const a = table(mine);
  const b = table(theirs);
  if (imageIdColumn !== undefined) {
    const created = await imageCreated();
    a.rows = canonicalImages(a.rows, (r) => r[imageIdColumn]!, created);
    b.rows = canonicalImages(b.rows, (r) => r[imageIdColumn]!, created);
  }
  expect(a).toEqual(b);
}

async function expectSameImageIds(ours: Promise<string>, cliArgs: string[]): Promise<void> {
  const created = await imageCreated();
  const lines = (text: string) => canonicalImages(text.split('\n').slice(0, -1), (l) => l, created);
  const mine = await ours;
  const theirs = cli(cliArgs);
  expect(mine.endsWith('\n')).toBe(true);
  expect(lines(mine)).toEqual(lines(theirs));
}

async function expectSameText(ours: Promise<string>, cliArgs: string[]): Promise<void> {
  expect(await ours).toBe(cli(cliArgs));
}

describe('parity with the docker CLI', () => {
  describe('ps / container ls', () => {
    const cases: Array<[CommandFlags, string[]]> = [
      [{}, []],
      [{ all: true }, ['-a']],
      [{ all: true, noTrunc: true }, ['-a', '--no-trunc']],
      [{ all: true, size: true }, ['-a', '-s']],
      [{ last: 2 }, ['-n', '2']],
      [{ latest: true }, ['-l']],
      [{ all: true, filters: { status: ['exited'] } }, ['-a', '-f', 'status=exited']],
      [{ all: true, filters: { name: [FIXTURE.running] } }, ['-a', '--filter', `name=${FIXTURE.running}`]],
      [{ all: true, filters: { label: ['tier=front'] } }, ['-a', '-f', 'label=tier=front']],
      [{ all: true, filters: { ancestor: [FIXTURE.busyboxImage] } }, ['-a', '-f', `ancestor=${FIXTURE.busyboxImage}`]],
      [{ all: true, filters: { exited: ['3'] } }, ['-a', '-f', 'exited=3']],
      [{ all: true, filters: { status: ['created'], name: [FIXTURE.created] } }, ['-a', '-f', 'status=created', '-f', `name=${FIXTURE.created}`]],
    ];
    for (const [flags, args] of cases) {
      itWithEngine(`ps ${args.join(' ')}`, async () => {
        await expectSameTable(dockhand('ps', flags), ['ps', ...args]);
      });
    }

    itWithEngine('ps -f id=<prefix> finds the container the CLI finds', async () => {
      const id = cli(['ps', '-aq', '-f', `name=${FIXTURE.exitedOk}`]).trim();
      expect(id).toMatch(/^[0-9a-f]{12}$/);
      await expectSameTable(dockhand('ps', { all: true, filters: { id: [id.slice(0, 6)] } }), ['ps', '-a', '-f', `id=${id.slice(0, 6)}`]);
    });

    for (const [flags, args] of [
      [{ quiet: true }, ['-q']],
      [{ all: true, quiet: true }, ['-aq']],
      [{ all: true, quiet: true, noTrunc: true }, ['-a', '-q', '--no-trunc']],
      [{ all: true, quiet: true, filters: { status: ['exited'] } }, ['-a', '-q', '-f', 'status=exited']],
    ] as Array<[CommandFlags, string[]]>) {
      itWithEngine(`ps ${args.join(' ')} is byte-identical`, async () => {
        await expectSameText(dockhand('ps', flags), ['ps', ...args]);
      });
    }
  });

  describe('images / image ls', () => {
    for (const [flags, args] of [
      [{}, []],
      [{ all: true }, ['-a']],
      [{ noTrunc: true }, ['--no-trunc']],
      [{ all: true, filters: { dangling: ['true'] } }, ['-a', '-f', 'dangling=true']],
      [{ filters: { dangling: ['false'] } }, ['-f', 'dangling=false']],
    ] as Array<[CommandFlags, string[]]>) {
      itWithEngine(`images ${args.join(' ')}`, async () => {
        await expectSameTable(dockhand('images', flags), ['images', ...args], 2);
      });
    }

    itWithEngine('images -q and -a -q --no-trunc: one ID per row, repeats kept', async () => {
      await expectSameImageIds(dockhand('images', { quiet: true }), ['images', '-q']);
      await expectSameImageIds(dockhand('images', { all: true, quiet: true, noTrunc: true }), ['images', '-a', '-q', '--no-trunc']);
    });

    itWithEngine('images REPOSITORY filters by reference', async () => {
      await expectSameTable(dockhand('images', {}, ['hello-world']), ['images', 'hello-world'], 2);
    });
  });

  describe('history', () => {
    for (const image of [FIXTURE.busyboxImage, FIXTURE.helloImage]) {
      itWithEngine(`history ${image} (and --no-trunc)`, async () => {
        await expectSameTable(dockhand('history', {}, [image]), ['history', image]);
        await expectSameTable(dockhand('history', { noTrunc: true }, [image]), ['history', '--no-trunc', image]);
      });
    }

    itWithEngine('history -q is byte-identical', async () => {
      await expectSameText(dockhand('history', { quiet: true }, [FIXTURE.busyboxImage]), ['history', '-q', FIXTURE.busyboxImage]);
    });
  });

  itWithEngine('version: the Server section is byte-identical', async () => {
    const server = (text: string) => text.slice(text.indexOf('\nServer:'));
    expect(server(await dockhand('version'))).toBe(server(cli(['version'])));
  });

  itWithEngine('info: the Server section is byte-identical (Runtimes compared as a set), but for the host path it hides', async () => {
    const server = (text: string) =>
      text
        .slice(text.indexOf('\nServer:'))
        .replace(/^ Runtimes: (.*)$/m, (_l, names: string) => ` Runtimes: ${names.split(' ').sort().join(' ')}`);
    const theirs = server(cli(['info']));
    expect(theirs).toMatch(/^ Docker Root Dir: \/.+$/m);
    expect(server(await dockhand('info'))).toBe(theirs.replace(/^ Docker Root Dir: .*$/m, ' Docker Root Dir: <hidden>'));
  });

  describe('inspect', () => {
    for (const targets of [[FIXTURE.running], [FIXTURE.helloImage], [FIXTURE.exitedFail, FIXTURE.busyboxImage]]) {
      itWithEngine(`inspect ${targets.join(' ')}: identical but for redacted values and hidden host paths`, async () => {
        const ours = (await dockhand('inspect', {}, targets)).split('\n');
        const theirs = cli(['inspect', ...targets]).split('\n');
        expect(ours.length).toBe(theirs.length);
        const changed = ours.map((line, i) => [line, theirs[i]!] as const).filter(([a, b]) => a !== b);
        for (const [line, cliLine] of changed) {
          const cut = Math.max(line.indexOf('<redacted>'), line.indexOf('<hidden>'));
          expect(cut, line).toBeGreaterThan(0);
          expect(cliLine.startsWith(line.slice(0, cut))).toBe(true);
          // What is hidden is a path on the sandbox host.
          if (line.includes('<hidden>')) expect(cliLine.slice(cut)).toMatch(/^\//);
        }
        expect(changed.length).toBeGreaterThan(0);
      });
    }

    itWithEngine('inspect hides the fixture token and env values the CLI shows', async () => {
      const ours = await dockhand('inspect', {}, [FIXTURE.running]);
      const theirs = cli(['inspect', FIXTURE.running]);
      for (const secret of ['xoxb-not-a-real-token', 'GREETING=hello']) {
        expect(theirs).toContain(secret);
        expect(ours).not.toContain(secret);
      }
    });
  });

  describe('logs', () => {
    const cases: Array<[CommandFlags, string[], string]> = [
      [{}, [], FIXTURE.running],
      [{ tail: 5 }, ['--tail', '5'], FIXTURE.running],
      [{ tail: 3, timestamps: true }, ['--tail', '3', '-t'], FIXTURE.running],
      [{}, [], FIXTURE.exitedFail],
      [{}, [], FIXTURE.exitedOk],
      [{ timestamps: true }, ['-t'], FIXTURE.tty],
      [{}, [], FIXTURE.hello],
      [{}, [], FIXTURE.created],
    ];
    for (const [flags, args, name] of cases) {
      // A TTY's CRLF line ends are shown as plain newlines (what a terminal shows for them).
      const tty = name === FIXTURE.tty;
      itWithEngine(`logs ${[...args, name].join(' ')} is byte-identical (both streams${tty ? ', CRLF as LF' : ''})`, async () => {
        const theirs = cliMerged(['logs', ...args, name]);
        expect(await dockhand('logs', flags, [name])).toBe(tty ? theirs.replaceAll('\r\n', '\n') : theirs);
      });
    }
  });

  itWithEngine('top is byte-identical', async () => {
    await expectSameText(dockhand('top', {}, [FIXTURE.running]), ['top', FIXTURE.running]);
    await expectSameText(dockhand('top', {}, [FIXTURE.tty]), ['top', FIXTURE.tty]);
  });

  itWithEngine('top CONTAINER with allowed ps options is byte-identical (the policy passes them as the CLI does)', async () => {
    for (const args of [['-ef'], ['-eo', 'pid,user,args'], ['-o', 'pid,comm']]) {
      const command = checkPolicy(['top', FIXTURE.running, ...args]);
      const ours = (await runCommand(engineFor(host()), command)).text;
      expect(ours).toBe(cli(['top', FIXTURE.running, ...args]));
    }
    // aux: the same columns and processes (%CPU and TIME may tick between the two runs).
    const aux = (await runCommand(engineFor(host()), checkPolicy(['top', FIXTURE.running, 'aux']))).text;
    const theirs = cli(['top', FIXTURE.running, 'aux']);
    expect(aux.split('\n')[0]).toBe(theirs.split('\n')[0]);
    expect(aux.split('\n').length).toBe(theirs.split('\n').length);
  });

  describe('stats --no-stream (numbers drift: header, IDs, names and cell shapes)', () => {
    const shape = (text: string) =>
      text.split('\n').map((line, i) => {
        if (i === 0 || line === '') return line;
        const [id, name] = line.split(/\s{3,}/);
        return `${id} ${name}`;
      });
    const CELL = /^[0-9a-f]{12}\s{3,}\S+\s{3,}\d+\.\d\d%\s{3,}[\d.]+[KMGT]?i?B \/ [\d.]+[KMGT]?i?B\s{3,}\d+\.\d\d%\s{3,}\S+ \/ \S+\s{3,}\S+ \/ \S+\s{3,}\d+$/;

    itWithEngine('stats --no-stream (running containers)', async () => {
      const ours = await dockhand('stats', { noStream: true });
      const theirs = cli(['stats', '--no-stream']);
      expect(shape(ours)).toEqual(shape(theirs));
      ours.split('\n').slice(1, -1).forEach((l) => expect(l).toMatch(CELL));
      expect(ours.split('\n')[0]).toBe(theirs.split('\n')[0]);
    });

    itWithEngine('stats --no-stream NAME… in the order given, stopped ones included', async () => {
      const names = [FIXTURE.exitedOk, FIXTURE.running, FIXTURE.created];
      const ours = await dockhand('stats', { noStream: true }, names);
      expect(shape(ours)).toEqual(shape(cli(['stats', '--no-stream', ...names])));
      expect(ours.split('\n')[1]).toMatch(/ 0\.00%\s+0B \/ 0B\s+0\.00%\s+0B \/ 0B\s+0B \/ 0B\s+0$/);
    });
  });

  itWithEngine('system df, network ls, volume ls are byte-identical', async () => {
    await expectSameText(dockhand('system-df'), ['system', 'df']);
    await expectSameText(dockhand('network-ls'), ['network', 'ls']);
    await expectSameText(dockhand('volume-ls'), ['volume', 'ls']);
  });

  itWithEngine('port is byte-identical (nothing published under --network none)', async () => {
    await expectSameText(dockhand('port', {}, [FIXTURE.running]), ['port', FIXTURE.running]);
  });

  itWithEngine('port CONTAINER PRIVATE_PORT fails with the words the CLI uses', async () => {
    for (const port of ['80', '80/udp']) {
      const r = spawnSync('docker', ['port', FIXTURE.running, port], { env: cliEnv(), encoding: 'utf8' });
      expect(r.status).toBe(1);
      await expect(runCommand(engineFor(host()), checkPolicy(['port', FIXTURE.running, port]))).rejects.toMatchObject({
        code: 'NOT_FOUND', message: r.stderr.trim(),
      });
    }
  });

  itWithEngine('images REPOSITORY[:TAG] through the policy lists what the CLI lists', async () => {
    for (const ref of [FIXTURE.helloImage, FIXTURE.busyboxImage, 'no-such-repo']) {
      const ours = (await runCommand(engineFor(host()), checkPolicy(['images', ref]))).text;
      expect(table(ours).rows).toEqual(table(cli(['images', ref])).rows);
    }
  });

  itWithEngine('a missing name fails with the words the CLI uses', async () => {
    for (const [name, args, words] of [
      ['history', ['history', 'fmt-nope'], 'No such image: fmt-nope'],
      ['logs', ['logs', 'fmt-nope'], 'No such container: fmt-nope'],
      ['inspect', ['inspect', 'fmt-nope'], 'No such object: fmt-nope'],
    ] as Array<[CommandName, string[], string]>) {
      const r = spawnSync('docker', args, { env: cliEnv(), encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(words);
      await expect(dockhand(name, {}, ['fmt-nope'])).rejects.toMatchObject({ code: 'NOT_FOUND', message: words });
    }
  });
});

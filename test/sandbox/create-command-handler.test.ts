import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DockhandError } from '../../src/errors.ts';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import type { Input, Reply } from '../../src/reply.ts';
import { createCommandHandler, type AuditEntry } from '../../src/sandbox/create-command-handler.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { explainRefusal } from '../../src/sandbox/explain-refusal.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { FIXTURE } from '../setup/build-fixtures.ts';
import { makeCard } from '../helpers.ts';

const cards = createCardStore([
  makeCard({ id: 'remove-containers', commands: [{ cmd: 'docker rm $(docker container ls -aq)', readOnly: false }] }),
  makeCard({ id: 'list-containers', commands: [{ cmd: 'docker container ls -a', readOnly: true }] }),
]);

function handler(host = engineHost()!) {
  const audit: AuditEntry[] = [];
  const sandbox = createDockerSandbox({ host, tls: null, timeoutMs: 10_000 });
  const h = createCommandHandler({ sandbox, cards, audit: (e) => audit.push(e) });
  const ask = (text: string, extra: Partial<Input> = {}) => h.handle({ text, surface: 'cli', ...extra });
  return { ask, audit };
}

const docker = (...args: string[]) =>
  execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: engineHost()! }, encoding: 'utf8' });

describe('createCommandHandler', () => {
  it('returns null for questions, so the dispatcher matches them against cards', async () => {
    const { ask, audit } = handler('unix:///nonexistent.sock');
    for (const q of ['how do I remove exited containers', 'list images', '刪除容器', 'docker commit vs dockerfile']) {
      expect(await ask(q)).toBeNull();
    }
    expect(audit).toEqual([]);
  });

  itWithEngine('runs a read-only command and returns the normalised argv and the CLI text', async () => {
    const { ask, audit } = handler();
    const reply = await ask('docker container ls -aq', { user: 'U1', channel: 'C1' });
    expect(reply).toMatchObject({ kind: 'run', lang: 'en', command: ['docker', 'container', 'ls', '-a', '-q'] });
    const ids = docker('ps', '-aq').split('\n').filter(Boolean);
    expect((reply as Reply & { output: string }).output.split('\n').filter(Boolean)).toEqual(ids);
    expect(audit).toEqual([
      { user: 'U1', channel: 'C1', surface: 'cli', argv: ['docker', 'container', 'ls', '-a', '-q'], outcome: 'run', code: null, ms: expect.any(Number) },
    ]);
  });

  itWithEngine('inspects images by full reference (slash, colon) through the guard', async () => {
    const { ask } = handler();
    const reply = await ask(`inspect ${FIXTURE.notesImage}`);
    expect(reply).toMatchObject({ kind: 'run', command: ['docker', 'inspect', FIXTURE.notesImage] });
    expect((reply as Reply & { output: string }).output).toContain(`"${FIXTURE.notesImage}"`);
  });

  itWithEngine('bounds long output for Slack and shows the tail actually used', async () => {
    const { ask } = handler();
    const reply = await ask(`logs --tail 500 ${FIXTURE.running}`);
    expect(reply).toMatchObject({ kind: 'run', command: ['docker', 'logs', '--tail', '200', FIXTURE.running] });
    const lines = (reply as Reply & { output: string }).output.trimEnd().split('\n');
    expect(lines).toHaveLength(40);
    expect(lines.at(-1)).toMatch(/^… and \d+ more$/);
  });

  itWithEngine('refuses a write with the reason and the card that teaches it', async () => {
    const { ask, audit } = handler();
    const reply = await ask('rm -f web');
    expect(reply).toMatchObject({
      kind: 'refused', code: 'NOT_ALLOWED', command: ['docker', 'rm', '-f', 'web'], card: { id: 'remove-containers' },
    });
    expect((reply as Reply & { reason: string }).reason).toMatch(/`docker rm` removes containers/);
    expect(audit[0]).toMatchObject({ outcome: 'refused', code: 'NOT_ALLOWED' });
  });

  itWithEngine('refuses shell syntax, still pointing at the card for the docker part', async () => {
    const { ask } = handler();
    const reply = await ask('docker container ls -a | grep web');
    expect(reply).toMatchObject({ kind: 'refused', code: 'SHELL_SYNTAX', command: null, card: { id: 'list-containers' } });
    expect((reply as Reply & { reason: string }).reason).toMatch(/no shell/);
    // The substitution is shown as typed, not dropped (`$ docker ps -a` would misquote the command).
    expect(await ask('docker ps -a $(id)')).toMatchObject({ kind: 'refused', code: 'SHELL_SYNTAX', command: ['docker', 'ps', '-a', '$(id)'] });
    expect(await ask('docker rm $(docker rm -f web)')).toMatchObject({ kind: 'refused', command: ['docker', 'rm', '$(docker rm -f web)'] });
  });

  itWithEngine('answers a cleanup idiom with a dry run', async () => {
    const { ask } = handler();
    const reply = await ask('docker rm $(docker container ls -aq)');
    expect(reply).toMatchObject({
      kind: 'dry-run', command: ['docker', 'rm', '$(docker container ls -a -q)'], listed: ['docker', 'container', 'ls', '-a', '-q'],
      objects: 'containers', card: { id: 'remove-containers' },
    });
    const all = docker('ps', '-aq').split('\n').filter(Boolean);
    const running = docker('ps', '-q').split('\n').filter(Boolean);
    expect(reply!.kind === 'dry-run' && reply!.total).toEqual({ removed: all.length - running.length, refused: running.length, kept: 0 });
  });

  itWithEngine('reports engine-side failures as errors in plain words', async () => {
    const { ask } = handler();
    expect(await ask('logs no-such-thing')).toMatchObject({
      kind: 'error', code: 'NOT_FOUND', command: ['docker', 'logs', '--tail', '20', 'no-such-thing'],
      message: expect.stringContaining('`no-such-thing`'),
    });
    const down = handler('unix:///nonexistent/engine.sock');
    expect(await down.ask('ps')).toMatchObject({ kind: 'error', code: 'SANDBOX_UNREACHABLE', message: expect.stringMatching(/isn't reachable right now/) });
    expect(down.audit[0]).toMatchObject({ outcome: 'error', code: 'SANDBOX_UNREACHABLE' });
  });
});

describe('createCommandHandler with a sandbox that has a bug', () => {
  it('reports INTERNAL_ERROR, "a bug in Dockhand", and logs it at error with the cause', async () => {
    const logged: Array<[object, string]> = [];
    const sandbox = {
      run: () => Promise.reject(new DockhandError('INTERNAL_ERROR', 'x', {}, { cause: new TypeError('boom') })),
      status: () => Promise.reject(new Error('unused')),
      inventory: () => Promise.reject(new Error('unused')),
    };
    const broken = { ...sandbox, run: () => Promise.reject(new TypeError('a bug outside the sandbox contract')) };
    const logger = { warn: (o: object, m: string) => logged.push([o, m]), error: (o: object, m: string) => logged.push([o, m]) };
    const viaSandbox = await createCommandHandler({ sandbox, cards, logger }).handle({ text: 'ps', surface: 'cli' });
    expect(viaSandbox).toMatchObject({ kind: 'error', code: 'INTERNAL_ERROR', message: expect.stringContaining('a bug in Dockhand, not a problem with the sandbox') });
    const thrown = await createCommandHandler({ sandbox: broken, cards, logger }).handle({ text: 'ps', surface: 'cli' });
    expect(thrown).toMatchObject({ kind: 'error', code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(logged)).toContain('a bug outside the sandbox contract');
    expect(JSON.stringify(thrown)).not.toMatch(/reachable/);
  });
});

describe('explainRefusal', () => {
  it('quotes what was typed without breaking its code span (the Slack surfaces escape < > &)', () => {
    const err = new DockhandError('FLAG_NOT_ALLOWED', 'x', { command: 'container ls', flag: '--<!channel>`x&', escaping: false, accepted: [] });
    expect(explainRefusal(err, 'en')).toMatch(/^`--<!channel>'x&` isn't a flag/);
  });

  it('quotes the token it refuses, instead of an empty one (L1)', () => {
    for (const token of ['&&', '>', '<', '2>&1', '&']) {
      expect(explainRefusal(new DockhandError('SHELL_SYNTAX', 'x', { token }), 'en').startsWith(`\`${token}\`: `)).toBe(true);
    }
  });

  it('never repeats a secret that was typed', () => {
    const err = new DockhandError('BAD_ARGS', 'x', { problem: 'no-targets', command: 'ps', value: 'DB_PASSWORD=Sup3rSecret-typed' });
    expect(explainRefusal(err, 'en')).toContain('DB_PASSWORD=<redacted>');
    expect(explainRefusal(err, 'en')).not.toContain('Sup3rSecret');
  });

  const rm = new DockhandError('NOT_ALLOWED', 'x', { command: 'container rm', typed: 'rm', effect: 'changes' });
  it('explains in English, Traditional and Simplified Chinese', () => {
    expect(explainRefusal(rm, 'en')).toMatch(/^`docker rm` removes containers/);
    expect(explainRefusal(rm, 'zh-TW')).toMatch(/^`docker rm` 會刪除容器；沙箱只執行唯讀指令/);
    expect(explainRefusal(rm, 'zh-CN')).toMatch(/^`docker rm` 会删除容器；沙箱只运行唯读命令/);
  });

  it.each([
    [new DockhandError('FLAG_NOT_ALLOWED', 'x', { command: 'container ls', flag: '-H', escaping: true, accepted: [] }), /another engine/],
    [new DockhandError('FLAG_NOT_ALLOWED', 'x', { command: 'container ls', flag: '--format', escaping: false, accepted: ['-a/--all'] }), /Accepted: -a\/--all/],
    [new DockhandError('SHELL_SYNTAX', 'x', { token: ';' }), /^`;`: the sandbox runs one read-only docker command/],
    [new DockhandError('BAD_ARGS', 'x', { command: 'image history', problem: 'missing-target' }), /needs a container or image name/],
    [new DockhandError('NOT_ALLOWED', 'x', { command: 'container diff', typed: 'diff', effect: 'not-offered' }), /isn't one of the read-only commands/],
    [new DockhandError('NOT_ALLOWED', 'x', { command: 'frob', typed: 'frob', effect: 'unknown' }), /not a docker command/],
  ])('%s', (err, text) => {
    expect(explainRefusal(err, 'en')).toMatch(text);
    expect(explainRefusal(err, 'zh-TW')).not.toBe(explainRefusal(err, 'en'));
  });
});

describe('createCommandHandler with the sandbox\'s output limits', () => {
  const unused = () => Promise.reject(new Error('unused'));
  const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${from + i}\n`).join('');

  it('shows a message\'s worth and keeps the whole of what the sandbox printed, with the rows it only counted, for the file', async () => {
    const sandbox = { run: async () => ({ text: lines(500), more: 250 }), status: unused, inventory: unused };
    const reply = await createCommandHandler({ sandbox, cards }).handle({ text: 'logs --tail 200 web', surface: 'cli' });
    expect(reply).toMatchObject({ kind: 'run' });
    const { output, full } = reply as Extract<Reply, { kind: 'run' }>;
    // The message: the head, and everything else counted (the rows not shown and the 250 the sandbox cut).
    const shown = output.trimEnd().split('\n');
    expect(shown.at(-1)).toBe(`… and ${500 - (shown.length - 1) + 250} more`);
    // The file: all 500 rows the sandbox printed, then what it left out.
    expect(full!.split('\n').filter(Boolean)).toHaveLength(501);
    expect(full).toContain('line 500\n');
    expect(full!.trimEnd().split('\n').at(-1)).toBe('… and 250 more');
  });

  it('has no file when the message already shows everything', async () => {
    const sandbox = { run: async () => ({ text: lines(3), more: 0 }), status: unused, inventory: unused };
    const reply = await createCommandHandler({ sandbox, cards }).handle({ text: 'ps', surface: 'cli' });
    expect(reply).toMatchObject({ kind: 'run', output: lines(3) });
    expect(reply).not.toHaveProperty('full');
  });
});

describe('createCommandHandler dry runs on an engine that names things like secrets', () => {
  it('redacts and escapes every field of every item, from the inventory and from the listing', async () => {
    const id = (c: string) => c.repeat(64);
    const inventory = {
      engineVersion: '28.2.2',
      containerdStore: false,
      containers: [
        { id: id('a'), names: ['ghp_hunter2hunter2hunter2hunter2hunter2'], image: 'app:DB_PASSWORD=hunter2', imageId: `sha256:${id('b')}`, state: 'exited', status: 'Exited (0) token=xoxb-1-2-hunter2' },
        { id: id('c'), names: ['web'], image: 'busybox', imageId: `sha256:${id('b')}`, state: 'running', status: 'Up \u202eevil' },
      ],
      images: [],
    };
    const sandbox = {
      run: async () => ({ text: `${id('a').slice(0, 12)}\n${id('c').slice(0, 12)}\n`, more: 0 }),
      status: () => Promise.reject(new Error('unused')),
      inventory: async () => inventory,
    };
    const handler = createCommandHandler({ sandbox, cards });
    for (const text of ['docker rm $(docker ps -aq)', 'docker container prune']) {
      const reply = await handler.handle({ text, surface: 'cli' });
      expect(reply).toMatchObject({ kind: 'dry-run', objects: 'containers' });
      const { items } = reply as Extract<Reply, { kind: 'dry-run' }>;
      expect(items.length).toBeGreaterThan(0);
      const all = JSON.stringify(items);
      expect(all).not.toMatch(/hunter2/);
      expect(all).not.toMatch(/[\u202a-\u202e]/);
      expect(all).toContain('<redacted>');
    }
  });

  it('reports the engine\'s failure to list as an error reply for the idiom, not a crash', async () => {
    const sandbox = {
      run: async () => ({ text: '', more: 0 }),
      status: () => Promise.reject(new Error('unused')),
      inventory: () => Promise.reject(new DockhandError('SANDBOX_TOO_LARGE', 'the sandbox answered with more than 8 MB', { limitBytes: 8 * 1024 * 1024 })),
    };
    const reply = await createCommandHandler({ sandbox, cards }).handle({ text: 'docker container prune', surface: 'cli' });
    expect(reply).toMatchObject({ kind: 'error', code: 'SANDBOX_TOO_LARGE', command: ['docker', 'container', 'prune'] });
  });
});

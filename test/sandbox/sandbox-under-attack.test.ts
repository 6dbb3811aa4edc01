import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { renderJson } from '../../src/render/render-json.ts';
import { renderText } from '../../src/render/render-text.ts';
import type { Reply } from '../../src/reply.ts';
import { checkPolicy } from '../../src/sandbox/check-policy.ts';
import { createCommandHandler } from '../../src/sandbox/create-command-handler.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import type { SandboxLogger } from '../../src/sandbox/sandbox.ts';
import { startHostileEngine, type HostileEngine, type ListMode } from './hostile-engine.ts';

/*
 * The red-team review's hostile-engine attacks, replayed through the real command handler and
 * sandbox client against the fake engine: every reply is a clear one (never "unreachable" for a
 * reply that arrived), no secret of the listed shapes reaches a reply or the log, no control
 * character reaches the text, and no request outlives the reply.
 */

const cards = createCardStore(loadCards());
const engines = new Map<ListMode, HostileEngine>();
const logged: Array<{ level: string; entry: Record<string, unknown>; msg: string }> = [];
const logger: SandboxLogger = {
  warn: (entry, msg) => logged.push({ level: 'warn', entry: entry as Record<string, unknown>, msg }),
  error: (entry, msg) => logged.push({ level: 'error', entry: entry as Record<string, unknown>, msg }),
};

beforeAll(async () => {
  for (const lists of ['normal', 'many', 'huge', 'secrets', 'ctrl', 'shape', 'flood', 'slow'] as ListMode[]) {
    engines.set(lists, await startHostileEngine({ lists, floodMs: 10_000 }));
  }
});
afterAll(async () => {
  for (const e of engines.values()) await e.close();
});

function ask(text: string, lists: ListMode = 'normal', timeoutMs = 2000): Promise<Reply> {
  const engine = engines.get(lists)!;
  const sandbox = createDockerSandbox({ host: engine.host, tls: null, timeoutMs }, { logger });
  const handler = createCommandHandler({ sandbox, cards, logger });
  return handler.handle({ text, surface: 'cli' }) as Promise<Reply>;
}

/** Everything a person could see of the reply: the CLI's JSON and the terminal text. */
const shown = (reply: Reply) => JSON.stringify(renderJson(reply)) + renderText(reply);

/** The markers of every secret the fake engine plants. */
const SECRET = /hunter2|dXNlcjpodW50ZXIy|AIzaSy|eyJzdWIiOiJodW50ZXIyIn0|ghp_hunter|AKIAHUNTER|s3cr3t/;
// Control characters other than newline and tab, and bidi overrides: none may reach a text surface.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function settled(engine: HostileEngine): Promise<number> {
  for (let i = 0; i < 50 && engine.openConnections() > 0; i++) await new Promise((r) => setTimeout(r, 20));
  return engine.openConnections();
}

describe('huge and endless replies are cut at the byte cap (H3, M2)', () => {
  it.each(['inspect big600', 'logs big600', 'inspect big300', 'history big600', 'inspect flood', 'top flood'])(
    '%s → "answered with more than 8 MB", and the connection is closed',
    async (text) => {
      const engine = engines.get('normal')!;
      const sentBefore = engine.bytesSent();
      const reply = await ask(text, 'normal', 20_000);
      expect(reply).toMatchObject({ kind: 'error', code: 'SANDBOX_TOO_LARGE' });
      expect(shown(reply)).toContain('more than 8 MB');
      expect(await settled(engine)).toBe(0);
      // What the engine got out before the cut: about the cap, not the whole body.
      expect(engine.bytesSent() - sentBefore).toBeLessThan(64 * 1024 * 1024);
    },
  );

  it('three floods at once: each is cut at the cap and this process does not keep their bytes', async () => {
    const before = process.memoryUsage().rss;
    const replies = await Promise.all(['inspect flood', 'logs flood', 'history flood'].map((t) => ask(t, 'normal', 20_000)));
    for (const r of replies) expect(r).toMatchObject({ code: 'SANDBOX_TOO_LARGE' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(await settled(engines.get('normal')!)).toBe(0);
  });

  it.each(['inspect drip', 'inspect slow', 'logs drip', 'ps -a'])('%s: the deadline answers and aborts the request', async (text) => {
    const lists = text === 'ps -a' ? 'flood' : 'normal';
    const engine = engines.get(lists)!;
    const reply = await ask(text, lists, 600);
    expect(reply.kind).toBe('error');
    expect((reply as { code: string }).code).toMatch(lists === 'flood' ? /^(SANDBOX_TIMEOUT|SANDBOX_TOO_LARGE)$/ : /^SANDBOX_TIMEOUT$/);
    // The request is gone with the reply: nothing keeps reading after the user was told.
    expect(await settled(engine)).toBe(0);
  });
});

describe('replies that arrived but cannot be read say so (M6)', () => {
  it.each([
    ['inspect deep', 'too-deep', 'nested far deeper'],
    ['history nulls', 'shape', 'fields are not what'],
    ['inspect notjson', 'not-json', 'not JSON'],
    ['inspect cutoff', 'truncated', 'stopped in the middle'],
    ['logs badframes', 'bad-frames', 'log frames are malformed'],
    ['top shape', 'shape', 'fields are not what'],
    ['history shape', 'shape', 'fields are not what'],
    ['port shape', 'shape', 'fields are not what'],
  ])('%s → ENGINE_BAD_REPLY (%s), never "unreachable"', async (text, problem, words) => {
    const reply = await ask(text);
    expect(reply).toMatchObject({ kind: 'error', code: 'ENGINE_BAD_REPLY' });
    expect(shown(reply)).toContain(words);
    expect(shown(reply)).not.toMatch(/reachable/);
    expect(shown(reply)).not.toMatch(SECRET);
    const entry = logged.filter((l) => l.entry.code === 'ENGINE_BAD_REPLY').at(-1);
    expect(entry?.level).toBe('warn');
    expect(entry?.entry.command).toEqual(expect.arrayContaining(['docker']));
    void problem;
  });

  it('lists of the wrong shape are bad replies too', async () => {
    for (const text of ['ps -a', 'images', 'volume ls']) expect(await ask(text, 'shape')).toMatchObject({ code: 'ENGINE_BAD_REPLY' });
  });
});

describe('lists are cut before they are formatted (M3)', () => {
  it('ps -a of 30,000 containers shows the first rows and counts the rest exactly', async () => {
    const reply = await ask('ps -a', 'many');
    expect(reply.kind).toBe('run');
    const lines = (reply as { output: string }).output.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.length).toBeLessThanOrEqual(40);
    const more = Number(/^… and (\d+) more$/.exec(lines.at(-1)!)?.[1]);
    expect(lines.length - 2 + more).toBe(30_000);
  });

  it.each([['top many', 50_000 + 1], ['history many', 50_000 + 1], ['images', 30_000 + 1], ['network ls', 30_000 + 1], ['volume ls', 30_000 + 1]])(
    '%s: first rows and "… and N more" adding up to every row',
    async (text, total) => {
      const reply = await ask(text, text.includes('many') ? 'normal' : 'many', 20_000);
      expect(reply.kind).toBe('run');
      const lines = (reply as { output: string }).output.trimEnd().split('\n');
      const more = Number(/^… and (\d+) more$/.exec(lines.at(-1)!)?.[1]);
      expect(lines.length - 1 + more).toBe(total);
    },
  );

  it('network ls of many keeps the first names in the CLI order (natural sort), not the first sent', async () => {
    const reply = await ask('network ls', 'many', 20_000);
    const names = (reply as { output: string }).output.split('\n').slice(1, 6).map((l) => l.split(/\s+/)[1]);
    expect(names).toEqual(['net0', 'net1', 'net2', 'net3', 'net4']);
  });

  it.each([['ps -a', 'huge'], ['top toomany', 'normal'], ['history toomany', 'normal']] as const)(
    '%s past the byte cap is "more than 8 MB", not seconds of formatting',
    async (text, lists) => {
      expect(await ask(text, lists, 20_000)).toMatchObject({ kind: 'error', code: 'SANDBOX_TOO_LARGE' });
    },
  );
});

describe('no secret of the listed shapes in any reply or log (H4, H5, L4)', () => {
  it.each([
    ['ps -a --no-trunc', 'secrets'], ['ps -a', 'secrets'], ['inspect secrets', 'normal'], ['logs secrets', 'normal'],
    ['top secrets', 'normal'], ['history --no-trunc secrets', 'normal'], ['history secrets', 'normal'], ['info', 'normal'],
    ['inspect msg500', 'normal'], ['logs msg500', 'normal'], ['inspect html500', 'normal'], ['inspect notjson', 'normal'],
    ['images secrets', 'normal'], ['docker login -u me -p Sup3rSecret-s3cr3t', 'normal'], ['docker run -e DB_PASSWORD=s3cr3t fixture/busybox', 'normal'],
    ['docker ps -f "label=db.pass=hunter2-GUESS"', 'normal'],
  ] as const)('%s', async (text, lists) => {
    const before = logged.length;
    const reply = await ask(text, lists);
    expect(shown(reply)).not.toMatch(SECRET);
    expect(JSON.stringify(logged.slice(before))).not.toMatch(SECRET);
  });

  it('engine error messages are the engine\'s words, redacted and clipped, with no raw bytes shown (H5)', async () => {
    const reply = await ask('inspect msg500');
    expect(reply).toMatchObject({ kind: 'error', code: 'ENGINE_ERROR' });
    const message = (reply as { message: string }).message;
    expect(message).toMatch(/^Error response from daemon: failed: DB_PASSWORD=<redacted> token <redacted> /);
    expect(message.length).toBeLessThanOrEqual(530);
    expect(shown(await ask('inspect notjson'))).not.toMatch(/"0": ?\d+/);
  });

  it('info hides the data root and keeps the facts it teaches (L3)', async () => {
    const sandbox = createDockerSandbox({ host: engines.get('normal')!.host, tls: null, timeoutMs: 2000 }, { logger });
    const out = { output: (await sandbox.run(checkPolicy(['info']))).text };
    expect(out.output).toContain(' Docker Root Dir: <hidden>\n');
    expect(out.output).not.toContain('/srv/secret-root');
    expect(out.output).toContain(' HTTP Proxy: http://user:<redacted>@proxy:3128\n');
    expect(out.output).toContain(' Server Version: 28.2.2\n');
  });

  it('inspect hides host paths: resolv.conf, hosts, log file, graph driver dirs, bind sources (L3)', async () => {
    const out = ((await ask('inspect secrets')) as { output: string }).output;
    expect(out).not.toMatch(/\/var\/lib\/docker|\/srv\/secret-data|\/var\/run\/docker\/netns/);
    expect(out).toContain('"LogPath": "<hidden>"');
  });
});

describe('control characters from the engine are neutralised in text (L6)', () => {
  it.each([['logs ctrl', 'normal'], ['inspect ctrl', 'normal'], ['top ctrl', 'normal'], ['history --no-trunc ctrl', 'normal'], ['info', 'normal'], ['ps -a --no-trunc', 'ctrl'], ['network ls', 'ctrl'], ['volume ls', 'ctrl']] as const)(
    '%s',
    async (text, lists) => {
      const reply = await ask(text, lists);
      expect(reply.kind).toBe('run');
      expect(renderText(reply)).not.toMatch(CONTROL);
    },
  );

  it('a name with a newline cannot add a row to a table', async () => {
    const out = ((await ask('network ls', 'ctrl')) as { output: string }).output.trimEnd().split('\n');
    expect(out).toHaveLength(4);
    for (const line of out.slice(1)) expect(line).toMatch(/^\w{12}\s+net\d\\x0a<!here>\\x1b\[2J\s+bridge\s+local$/);
  });

  it('colours and cursor moves are dropped from logs, other controls shown as escapes', async () => {
    const out = ((await ask('logs ctrl')) as { output: string }).output;
    expect(out).toContain('beforered \\u202eoverride\\u202c');
    expect(out).toContain('nul\\x00 bell\\x07');
    expect(out).toContain('second \\x9b31m line');
  });
});

describe('a redactor that cannot be made to backtrack (M1)', () => {
  it('logs of 200 lines of 8,190 "passwd." characters come back whole', async () => {
    const reply = await ask('logs --tail 200 redos');
    expect(reply.kind).toBe('run');
    expect((reply as { output: string }).output.split('\n')[0]).toMatch(/^(passwd\.)+/);
  });
});

describe('dry runs read the inventory through the same capped, guarded, deadlined client', () => {
  const IDIOMS = ['docker container prune', 'docker image prune', 'docker rm $(docker ps -aq)', 'docker rmi $(docker images -q)'];

  it.each(IDIOMS)('%s on 200,000 containers and images → "more than 8 MB", and the connection is closed', async (text) => {
    const reply = await ask(text, 'huge', 20_000);
    expect(reply).toMatchObject({ kind: 'error', code: 'SANDBOX_TOO_LARGE', command: expect.any(Array) });
    expect(shown(reply)).toContain('more than 8 MB');
    expect(await settled(engines.get('huge')!)).toBe(0);
  });

  it.each(['docker container prune', 'docker rm $(docker ps -aq)'])('%s on lists without end → cut at the cap', async (text) => {
    expect(await ask(text, 'flood', 20_000)).toMatchObject({ kind: 'error', code: 'SANDBOX_TOO_LARGE' });
    expect(await settled(engines.get('flood')!)).toBe(0);
  });

  it.each(['docker container prune', 'docker image prune'])('%s on lists that never come → the deadline answers and aborts the requests', async (text) => {
    const started = performance.now();
    expect(await ask(text, 'slow', 500)).toMatchObject({ kind: 'error', code: 'SANDBOX_TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await settled(engines.get('slow')!)).toBe(0);
  });

  it('asks the engine only GETs of the read-only lists and facts', async () => {
    const engine = engines.get('normal')!;
    const before = engine.requests.length;
    for (const text of IDIOMS) expect((await ask(text)).kind).toBe('dry-run');
    const paths = engine.requests.slice(before).map((r) => r.replace(/\?.*$/, ''));
    expect(new Set(paths)).toEqual(new Set(['GET /version', 'GET /info', 'GET /containers/json', 'GET /images/json']));
  });

  it('shows no control character and no secret of what the engine named', async () => {
    const reply = await ask('docker container prune', 'ctrl');
    expect(reply).toMatchObject({ kind: 'dry-run' });
    expect(renderText(reply)).not.toMatch(CONTROL);
    expect(JSON.stringify((reply as Extract<Reply, { kind: 'dry-run' }>).items)).not.toMatch(CONTROL);
    expect(shown(await ask('docker rm $(docker ps -aq)', 'secrets'))).not.toMatch(SECRET);
  });

  it('reads containers of the wrong field types as empty fields, not as a crash', async () => {
    const sandbox = createDockerSandbox({ host: engines.get('shape')!.host, tls: null, timeoutMs: 2000 }, { logger });
    const inventory = await sandbox.inventory();
    expect(inventory.containers).toEqual([{ id: '', names: [], image: '<no image>', imageId: '', state: '', status: '' }]);
  });
});

describe('every failure is logged at warn with its code and cause', () => {
  it('has logged the failures above with codes, never with a secret', () => {
    const codes = new Set(logged.map((l) => l.entry.code));
    for (const code of ['SANDBOX_TOO_LARGE', 'SANDBOX_TIMEOUT', 'ENGINE_BAD_REPLY', 'ENGINE_ERROR']) expect(codes).toContain(code);
    expect(logged.every((l) => l.level === 'warn')).toBe(true);
    expect(logged.every((l) => l.entry.cause !== undefined)).toBe(true);
    expect(JSON.stringify(logged)).not.toMatch(SECRET);
  });
});

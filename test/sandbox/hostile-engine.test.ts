import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileEngine, type HostileEngine } from './hostile-engine.ts';

let engine: HostileEngine;
beforeAll(async () => {
  engine = await startHostileEngine({ floodMs: 1500 });
});
afterAll(() => engine.close());

interface Got {
  status: number;
  bytes: number;
  head: string;
  /** Whether the reply ended (false: we stopped waiting). */
  ended: boolean;
}

/** GETs `path` over the engine's socket, keeping only the first 4 kB, for at most `ms`. */
function get(path: string, ms = 3000, method = 'GET'): Promise<Got> {
  return new Promise((resolve) => {
    const got: Got = { status: 0, bytes: 0, head: '', ended: false };
    const req = request({ socketPath: engine.socketPath, path, method }, (res) => {
      got.status = res.statusCode ?? 0;
      res.on('data', (c: Buffer) => {
        got.bytes += c.length;
        if (got.head.length < 4096) got.head += c.toString('latin1').slice(0, 4096 - got.head.length);
      });
      res.on('end', () => {
        got.ended = true;
        finish();
      });
      res.on('error', finish);
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish();
    }, ms);
    function finish() {
      clearTimeout(timer);
      resolve(got);
    }
    req.on('error', finish);
    req.end();
  });
}

describe('the hostile fake engine', () => {
  it('answers ordinary calls like an engine, and 404s what it does not know', async () => {
    expect((await get('/_ping')).head).toBe('OK');
    expect(JSON.parse((await get('/version')).head)).toMatchObject({ ApiVersion: '1.50' });
    expect(JSON.parse((await get('/containers/json?all=1')).head)).toHaveLength(3);
    const missing = await get('/containers/nope/json');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.head)).toEqual({ message: 'No such container: nope' });
    expect((await get('/containers/json', 1000, 'POST')).status).toBe(405);
  });

  it('never answers `slow`, drips `drip` a byte at a time, and floods `flood` with megabytes', async () => {
    const slow = await get('/containers/slow/json', 800);
    expect(slow).toMatchObject({ status: 0, bytes: 0, ended: false });
    const drip = await get('/containers/drip/json', 1300);
    expect(drip.status).toBe(200);
    expect(drip.bytes).toBeGreaterThanOrEqual(1);
    expect(drip.bytes).toBeLessThanOrEqual(3);
    expect(drip.ended).toBe(false);
    const flood = await get('/containers/flood/json', 5000);
    expect(flood.bytes).toBeGreaterThan(20 * 1024 * 1024);
  });

  it('streams a 300 MB body in full without holding it (its memory grows by far less than the body)', async () => {
    const before = process.memoryUsage().rss;
    const big = await get('/containers/big300/json', 60_000);
    expect(big.ended).toBe(true);
    expect(big.bytes).toBe(300 * 1024 * 1024 + '{"Id":"huge","pad":"'.length + 2);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('sends nesting 20,000 deep, null, non-JSON, secret-laden errors, HTML errors and cut-off bodies', async () => {
    expect((await get('/containers/deep/json')).bytes).toBe(40_000);
    expect((await get('/images/nulls/history')).head).toBe('null');
    expect((await get('/containers/notjson/json')).head).toContain('hunter2-NOTJSON');
    const msg = await get('/containers/msg500/json');
    expect(msg.status).toBe(500);
    expect(msg.head).toContain('hunter2-MSG500');
    expect((await get('/containers/html500/json')).head).toMatch(/^<html>/);
    const cut = await get('/containers/cutoff/json');
    expect(cut.ended).toBe(false);
    expect(cut.head).toMatch(/^\{"Id":"cut"/);
  });

  it('puts secrets and control characters where the review found them', async () => {
    expect((await get('/containers/secrets/logs')).head).toContain('Authorization: Basic dXNlcjpodW50ZXIy');
    expect((await get('/containers/ctrl/logs')).head).toContain('\u001b[2J');
    expect((await get('/info')).head).toContain('hunter2-PROXY');
  });

  it('stops sending when the client goes away', async () => {
    await get('/containers/flood/json', 300);
    await get('/containers/drip/json', 300);
    await new Promise((r) => setTimeout(r, 200));
    expect(engine.openConnections()).toBe(0);
  });
});

import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { refuseShapelessBodies } from '../../../src/slack/http/refuse-shapeless-bodies.ts';

const warnings: string[] = [];
const logger: Logger = {
  debug: () => {}, info: () => {}, error: () => {}, warn: (...m: unknown[]) => void warnings.push(m.join(' ')),
  setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {},
};

let server: Server | undefined;
afterEach(async () => {
  warnings.length = 0;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** The guard in front of a listener that records what it was handed and answers 200. */
async function guarded(limit = 1024): Promise<{ url: string; seen: { path: string; raw: string | null }[] }> {
  const seen: { path: string; raw: string | null }[] = [];
  const inner: RequestListener = (req, res) => {
    const raw = (req as IncomingMessage & { rawBody?: Buffer }).rawBody;
    seen.push({ path: req.url ?? '', raw: raw ? raw.toString() : null });
    res.writeHead(200).end('inner');
  };
  server = createServer(refuseShapelessBodies(inner, ['/slack/events'], logger, limit));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const post = (url: string, body: string, type: string) => fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

describe('refuseShapelessBodies', () => {
  it('answers 400 for bodies and payloads that parse to something other than an object', async () => {
    const { url, seen } = await guarded();
    const cases: [string, string][] = [
      ['null', 'application/json'], [' null ', 'application/json'], ['[]', 'application/json'], ['"x"', 'application/json'], ['7', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'], ['payload=%5B1%5D', 'application/x-www-form-urlencoded'],
    ];
    for (const [body, type] of cases) expect((await post(`${url}/slack/events`, body, type)).status, body).toBe(400);
    expect(seen).toEqual([]);
    expect(warnings.every((w) => w.includes('not a JSON object'))).toBe(true);
  });

  it('hands objects, unparseable bodies and forms on, already read, for Bolt to check', async () => {
    const { url, seen } = await guarded();
    const cases: [string, string][] = [
      ['{"type":"event_callback"}', 'application/json'], ['{not json', 'application/json'], ['command=%2Fdocker&text=ps', 'application/x-www-form-urlencoded'], ['', 'text/plain'],
    ];
    for (const [body, type] of cases) expect((await post(`${url}/slack/events`, body, type)).status, body).toBe(200);
    expect(seen.map((s) => s.raw)).toEqual(cases.map(([body]) => body));
  });

  it('answers 413 to a body over the limit, and the sender reads the answer', async () => {
    const { url, seen } = await guarded(1024);
    expect((await post(`${url}/slack/events`, `{"pad":"${'x'.repeat(64 * 1024)}"}`, 'application/json')).status).toBe(413);
    expect(seen).toEqual([]);
  });

  it('leaves other paths and methods alone', async () => {
    const { url, seen } = await guarded();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await post(`${url}/elsewhere`, 'null', 'application/json')).status).toBe(200);
    expect(seen.map((s) => [s.path, s.raw])).toEqual([['/healthz', null], ['/elsewhere', null]]);
  });
});

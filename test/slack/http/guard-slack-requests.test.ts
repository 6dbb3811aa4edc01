import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { guardSlackRequests, type GuardOptions } from '../../../src/slack/http/guard-slack-requests.ts';
import { rawRequest as raw, sign, SIGNING_SECRET } from '../signed-request.ts';

const warnings: string[] = [];
const logger: Logger = {
  debug: () => {}, info: () => {}, error: () => {}, warn: (...m: unknown[]) => void warnings.push(m.join(' ')),
  setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {},
};

let server: Server | undefined;
afterEach(async () => {
  warnings.length = 0;
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  }
  server = undefined;
});

interface Seen {
  path: string;
  raw: string | null;
}

/** The guard in front of a listener that records what it was handed and answers 200. */
async function guarded(options: Partial<GuardOptions> = {}): Promise<{ port: number; url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const inner: RequestListener = (req, res) => {
    const raw = (req as IncomingMessage & { rawBody?: Buffer }).rawBody;
    seen.push({ path: req.url ?? '', raw: raw ? raw.toString() : null });
    res.writeHead(200).end('inner');
  };
  server = createServer(guardSlackRequests(inner, { endpoints: ['/slack/events'], signingSecret: SIGNING_SECRET, logger, ...options }));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server!.address() as AddressInfo).port;
  return { port, url: `http://127.0.0.1:${port}`, seen };
}

function signedHeaders(body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) };
}

const post = (url: string, body: string, type: string, headers: Record<string, string> = signedHeaders(body)) =>
  fetch(url, { method: 'POST', headers: { 'content-type': type, ...headers }, body });


describe('guardSlackRequests: shapes', () => {
  it('answers 400 for signed bodies and payloads that parse to something other than an object', async () => {
    const { url, seen } = await guarded();
    const cases: [string, string][] = [
      ['null', 'application/json'], [' null ', 'application/json'], ['[]', 'application/json'], ['"x"', 'application/json'], ['7', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'], ['payload=%5B1%5D', 'application/x-www-form-urlencoded'],
    ];
    for (const [body, type] of cases) expect((await post(`${url}/slack/events`, body, type)).status, body).toBe(400);
    expect(seen).toEqual([]);
    expect(warnings.every((w) => w.includes('not a JSON object'))).toBe(true);
  });

  it('hands signed objects, unparseable bodies and forms on, already read, for Bolt to check', async () => {
    const { url, seen } = await guarded();
    const cases: [string, string][] = [
      ['{"type":"event_callback"}', 'application/json'], ['{not json', 'application/json'], ['command=%2Fdocker&text=ps', 'application/x-www-form-urlencoded'], ['', 'text/plain'],
    ];
    for (const [body, type] of cases) expect((await post(`${url}/slack/events`, body, type)).status, body).toBe(200);
    expect(seen.map((s) => s.raw)).toEqual(cases.map(([body]) => body));
  });

  it('answers unsigned, forged, stale and future-dated requests 401 without handing them on; lets the unsigned SSL check through', async () => {
    const { url, seen } = await guarded();
    const body = '{"type":"event_callback"}';
    const now = Math.floor(Date.now() / 1000);
    expect((await post(`${url}/slack/events`, body, 'application/json', {})).status).toBe(401);
    expect((await post(`${url}/slack/events`, body, 'application/json', { ...signedHeaders(body), 'x-slack-signature': sign(body, now, 'f'.repeat(32)) })).status).toBe(401);
    expect((await post(`${url}/slack/events`, body, 'application/json', signedHeaders(body, now - 301))).status).toBe(401);
    // Bolt accepts these; a request dated 400 s ahead is not one Slack just sent.
    expect((await post(`${url}/slack/events`, body, 'application/json', signedHeaders(body, now + 400))).status).toBe(401);
    expect(seen).toEqual([]);
    expect((await post(`${url}/slack/events`, 'ssl_check=1&token=x', 'application/x-www-form-urlencoded', {})).status).toBe(200);
    expect(seen).toHaveLength(1);
  });
});

describe('guardSlackRequests: every spelling of the events path (H1, H2)', () => {
  const SPELLINGS = ['//x/slack/events', '/slack/./events', '/slack/x/../events', 'http://h/slack/events', '/slack/%2e/events', '/slack\\events', '/slack/events?x=1', '/slack/events#f'];

  it.each(SPELLINGS)('%s: a signed null body is a 400, not a crash', async (target) => {
    const { port, seen } = await guarded();
    const ts = Math.floor(Date.now() / 1000);
    const head = `POST ${target} HTTP/1.1\r\ncontent-type: application/json\r\nx-slack-request-timestamp: ${ts}\r\nx-slack-signature: ${sign('null', ts)}`;
    expect(await raw(port, head, 'null')).toBe(400);
    expect(seen).toEqual([]);
  });

  it.each(['//', 'http://[', 'http://a:99999/', '//:0', 'http://%zz/'])('GET and POST %s: 400 (the target does not parse), never 500', async (target) => {
    const { port, seen } = await guarded();
    expect(await raw(port, `GET ${target} HTTP/1.1`)).toBe(400);
    expect(await raw(port, `POST ${target} HTTP/1.1`, '{}')).toBe(400);
    expect(seen).toEqual([]);
  });

  it('leaves other paths and methods alone', async () => {
    const { url, seen } = await guarded();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await post(`${url}/elsewhere`, 'null', 'application/json')).status).toBe(200);
    expect(seen.map((s) => [s.path, s.raw])).toEqual([['/healthz', null], ['/elsewhere', null]]);
  });
});

describe('guardSlackRequests: caps before the signature is checked (M4)', () => {
  it('answers 413 to a declared body over the limit before reading it, and the sender reads the answer', async () => {
    const { url, port, seen } = await guarded({ maxBodyBytes: 1024 });
    expect((await post(`${url}/slack/events`, `{"pad":"${'x'.repeat(64 * 1024)}"}`, 'application/json')).status).toBe(413);
    // Declared but never sent: refused at once, not after waiting for 4 MB.
    const started = Date.now();
    expect(await raw(port, 'POST /slack/events HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: 4194000', '', 5000)).toBe(413);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(seen).toEqual([]);
  });

  it('cuts off a body that trickles in slower than the read limit (408), on every spelling', async () => {
    const { port, seen } = await guarded({ bodyTimeoutMs: 300 });
    for (const target of ['/slack/events', '//x/slack/events']) {
      const started = Date.now();
      // 100 bytes declared, 10 sent, then nothing.
      expect(await raw(port, `POST ${target} HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: 100`, '{"a":"xxxx', 3000)).toBe(408);
      expect(Date.now() - started).toBeLessThan(2500);
    }
    expect(seen).toEqual([]);
  });

  it('refuses more unverified body bytes at once than the budget (429) and takes requests again once they are gone', async () => {
    const { port, url } = await guarded({ inFlightBytes: 64 * 1024, maxBodyBytes: 40 * 1024, bodyTimeoutMs: 2000 });
    // Two senders each send 30 kB of a 40 kB body and stall: the second passes the budget.
    const stall = (pad: number) =>
      new Promise<number>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        let got = '';
        socket.on('data', (c) => (got += c.toString()));
        socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0)));
        socket.write(`POST /slack/events HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${40 * 1024}\r\n\r\n${'x'.repeat(pad)}`);
      });
    const first = stall(30 * 1024);
    await new Promise((r) => setTimeout(r, 200));
    const second = await stall(40 * 1024 - 1);
    expect(second).toBe(429);
    expect(await first).toBe(408);
    const body = '{"type":"event_callback"}';
    expect((await post(`${url}/slack/events`, body, 'application/json')).status).toBe(200);
  });
});

describe('guardSlackRequests: replays (L5)', () => {
  it('hands a signed request on once; the same signature again is acknowledged and dropped', async () => {
    const { url, seen } = await guarded();
    const body = 'command=%2Fdocker&text=ps+-a';
    const headers = signedHeaders(body);
    for (let i = 0; i < 3; i++) expect((await post(`${url}/slack/events`, body, 'application/x-www-form-urlencoded', headers)).status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('replayed'))).toHaveLength(2);
    // Re-signed (as Slack signs a retry), it is a new request.
    const later = Math.floor(Date.now() / 1000) + 1;
    expect((await post(`${url}/slack/events`, body, 'application/x-www-form-urlencoded', signedHeaders(body, later))).status).toBe(200);
    expect(seen).toHaveLength(2);
  });
});

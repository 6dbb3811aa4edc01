import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keepAliveFetch } from '../../src/slack/keep-alive-fetch.ts';
import { closeServer } from '../helpers.ts';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await closeServer(s);
  }
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const sockets = new Set<Socket>();
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      handler(req, res, body);
    });
  });
  server.on('connection', (s) => sockets.add(s));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sockets, bodies };
}

/** A fallback that says it was used, so a test can tell which path a request took. */
const recordingFallback = () => {
  const calls: string[] = [];
  const fallback = (async (input: string | URL | Request) => {
    calls.push(String(input));
    return new Response('{"via":"fallback"}', { status: 200 });
  }) as typeof fetch;
  return { calls, fallback };
};

describe('keepAliveFetch', () => {
  it('POSTs a string body and answers with a real Response (status, headers, json), over one kept-alive connection', async () => {
    const server = await serve((req, res, body) => {
      res.writeHead(201, { 'content-type': 'application/json', 'retry-after': '7' }).end(JSON.stringify({ got: JSON.parse(body), type: req.headers['content-type'] }));
    });
    const fetch = keepAliveFetch();
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${server.url}/respond/${i}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ i }) });
      expect(res).toBeInstanceOf(Response);
      expect([res.status, res.ok, res.headers.get('retry-after')]).toEqual([201, true, '7']);
      expect(await res.json()).toEqual({ got: { i }, type: 'application/json' });
    }
    expect(server.sockets.size).toBe(1);
  });

  it('reports HTTP errors as responses, not throws, like fetch', async () => {
    const server = await serve((_req, res) => res.writeHead(404, 'Not Found').end('expired_url'));
    const res = await keepAliveFetch()(`${server.url}/respond/x`, { method: 'POST', body: '{}' });
    expect([res.ok, res.status, res.statusText, await res.text()]).toEqual([false, 404, 'Not Found', 'expired_url']);
  });

  it('sends again on a new connection when a kept-alive one turns out to be closed', async () => {
    const seen = new Set<Socket>();
    const server = await serve((req, res) => {
      // The second request on a socket finds it reset, as after the server's idle timeout.
      if (seen.has(req.socket)) return void req.socket.destroy();
      seen.add(req.socket);
      res.writeHead(200).end('ok');
    });
    const fetch = keepAliveFetch();
    expect(await (await fetch(`${server.url}/a`, { method: 'POST', body: '1' })).text()).toBe('ok');
    expect(await (await fetch(`${server.url}/b`, { method: 'POST', body: '2' })).text()).toBe('ok');
    expect(server.sockets.size).toBe(2);
  });

  it('rejects when nothing listens, and when the signal aborts a request that gets no answer', async () => {
    const fetch = keepAliveFetch();
    await expect(fetch('http://127.0.0.1:1/x', { method: 'POST', body: '{}' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const server = await serve(() => {});
    await expect(fetch(`${server.url}/hang`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(50) })).rejects.toThrow(/abort|timeout/i);
  });

  it('leaves what it does not do to the built-in fetch: non-string bodies, other schemes, redirects to follow', async () => {
    const server = await serve((_req, res) => res.writeHead(307, { location: '/elsewhere' }).end());
    const { calls, fallback } = recordingFallback();
    const fetch = keepAliveFetch(fallback);
    await fetch(`${server.url}/form`, { method: 'POST', body: new URLSearchParams({ a: '1' }) });
    await fetch('data:text/plain,hi');
    await fetch(`${server.url}/moved`, { method: 'POST', body: '{}' });
    expect(calls).toEqual([`${server.url}/form`, 'data:text/plain,hi', `${server.url}/moved`]);
    const manual = await fetch(`${server.url}/moved`, { method: 'POST', body: '{}', redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([307, '/elsewhere']);
  });
});

import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

type Fetch = typeof globalThis.fetch;

/** No answer (headers or body) for this long fails the request, as a hung peer must not hold a reply. */
const IDLE_TIMEOUT_MS = 30_000;

function plainHeaders(init: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init).forEach((value, key) => (out[key] = value));
  return out;
}

function toResponse(res: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (const [key, value] of Object.entries(res.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(key, v);
  }
  const status = res.statusCode ?? 502;
  const empty = status === 204 || status === 205 || status === 304;
  return new Response(empty ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { status, statusText: res.statusMessage ?? '', headers });
}

/**
 * What Bolt posts to `response_url` and what the Web API client sends (`clientOptions.fetch`):
 * JSON or form POSTs with a string body. Node's http client with keep-alive agents does that at
 * about a fifth of the CPU of the built-in fetch (measured: 0.05 against 0.28 ms per POST), which
 * under load is a quarter of Dockhand's CPU per request. Anything else (a stream or form-data body,
 * another scheme, a redirect to follow) goes to the built-in fetch, so behaviour never differs.
 */
export function keepAliveFetch(fallback: Fetch = globalThis.fetch): Fetch {
  const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

  const send = (url: URL, init: RequestInit, body: string | undefined, fresh: boolean) =>
    new Promise<{ res: IncomingMessage; body: Buffer }>((resolve, reject) => {
      const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const headers = plainHeaders(init.headers);
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const req = request(url, { method: init.method ?? 'GET', headers, agent: fresh ? false : agents[url.protocol as 'http:' | 'https:'], signal: init.signal ?? undefined }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.setTimeout(IDLE_TIMEOUT_MS, () => req.destroy(new Error(`no answer from ${url.host} within ${IDLE_TIMEOUT_MS} ms`)));
      req.on('error', (err: NodeJS.ErrnoException) => {
        // A kept-alive socket the server had already closed: nothing reached it, so send again on a
        // new connection (what Node's docs advise for `reusedSocket`).
        if (req.reusedSocket && !fresh && (err.code === 'ECONNRESET' || err.code === 'EPIPE')) {
          send(url, init, body, true).then(resolve, reject);
        } else reject(err);
      });
      req.end(body);
    });

  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : null;
    const url = href === null ? null : new URL(href);
    const body = init.body;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || (body !== undefined && body !== null && typeof body !== 'string')) {
      return fallback(input, init);
    }
    const { res, body: answer } = await send(url, init, body ?? undefined, false);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location && init.redirect !== 'manual') return fallback(input, init);
    return toResponse(res, answer);
  }) as Fetch;
}

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, recordWaiters } from '../helpers.ts';

/** One request Slack's side received: a Web API call (`/api/<method>`) or a response_url post. */
export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The JSON or form body; a `blocks`/`view` field sent as a JSON string is parsed. */
  body: Record<string, unknown>;
}

export interface RecordingServer {
  url: string;
  /** Base for response_url values: `${responseUrl}/<anything>`. */
  responseUrl: string;
  requests: Recorded[];
  /** Resolves with the first `count` requests matching `pick`, waiting for them to arrive. */
  waitFor(pick: (r: Recorded) => boolean, count?: number): Promise<Recorded[]>;
  close(): Promise<void>;
}

export const BOT_USER_ID = 'U0DOCKHAND';
export const BOT_ID = 'B0DOCKHAND';

function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  const type = req.headers['content-type'] ?? '';
  const body: Record<string, unknown> = type.includes('json')
    ? (JSON.parse(raw || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'view']) {
    if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
  }
  return body;
}

/** Answers like Slack: `{ok: true, ts}` for every call, the bot's identity for auth.test. */
function answer(path: string, ts: number, extra: Record<string, Record<string, unknown>>): Record<string, unknown> {
  if (extra[path]) return extra[path];
  if (path === '/api/auth.test') return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0TEAM', user: 'dockhand', team: 'test' };
  return { ok: true, ts: `1700000000.${String(ts).padStart(6, '0')}`, channel: 'C0FAKE' };
}

/** A plain node:http stand-in for Slack's Web API and response_urls that records everything. */
export async function startRecordingServer(
  /** Extra canned answers by path, e.g. `/api/apps.connections.open` for Socket Mode. */
  extra: Record<string, Record<string, unknown>> = {},
): Promise<RecordingServer> {
  const requests: Recorded[] = [];
  const waiting = recordWaiters(requests);
  let ts = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      requests.push({ method: req.method ?? '', path, headers: req.headers, body: parseBody(req, raw) });
      waiting.notify();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(path, ++ts, extra)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    responseUrl: `${url}/respond`,
    requests,
    waitFor: waiting.waitFor,
    close: () => closeServer(server),
  };
}

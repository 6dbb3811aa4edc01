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
  /** The body as sent (a file upload's content). */
  raw: string;
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
  // A file goes to its upload URL as multipart/form-data: keep the file part's bytes as `file`.
  if ((req.url ?? '').startsWith('/upload/')) {
    const boundary = /boundary=(\S+)/.exec(req.headers['content-type'] ?? '')?.[1];
    const part = boundary ? raw.split(`--${boundary}`)[1] ?? '' : raw;
    const at = part.indexOf('\r\n\r\n');
    return { file: at >= 0 ? part.slice(at + 4).replace(/\r\n$/, '') : part };
  }
  const type = req.headers['content-type'] ?? '';
  const body: Record<string, unknown> = type.includes('json')
    ? (JSON.parse(raw || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'view']) {
    if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
  }
  return body;
}

/**
 * Answers like Slack: `{ok: true, ts}` for every call, the bot's identity for auth.test, a DM for
 * conversations.open, and the file upload flow of files.uploadV2 (an upload URL on this server,
 * which takes the bytes, then completeUploadExternal).
 */
function answer(path: string, ts: number, extra: Record<string, Record<string, unknown>>, base: string, body: Record<string, unknown>): Record<string, unknown> {
  if (extra[path]) return extra[path];
  if (path === '/api/auth.test') return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0TEAM', user: 'dockhand', team: 'test' };
  if (path === '/api/conversations.open') return { ok: true, channel: { id: `D0${String(body.users ?? 'X').slice(2, 12)}` } };
  if (path === '/api/files.getUploadURLExternal') return { ok: true, upload_url: `${base}/upload/F0FILE${ts}`, file_id: `F0FILE${ts}` };
  if (path.startsWith('/upload/')) return { ok: true };
  if (path === '/api/files.completeUploadExternal') {
    const files = typeof body.files === 'string' ? (JSON.parse(body.files) as unknown[]) : body.files;
    return { ok: true, files };
  }
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
  let url = '';
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      const body = parseBody(req, raw);
      requests.push({ method: req.method ?? '', path, headers: req.headers, body, raw });
      waiting.notify();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(path, ++ts, extra, url, body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    responseUrl: `${url}/respond`,
    requests,
    waitFor: waiting.waitFor,
    close: () => closeServer(server),
  };
}

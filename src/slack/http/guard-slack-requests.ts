import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, isValidSlackRequest, type Logger } from '@slack/bolt';
import { cleanCell } from '../../sandbox/format/clean-text.ts';
import { BodyBudget } from './body-budget.ts';
import { BodyRefused, readBody } from './read-body.ts';
import { ReplayGuard, SIGNATURE_WINDOW_SEC } from './replay-guard.ts';
import { requestPath } from './request-path.ts';

const { parseHTTPRequestBody } = HTTPModuleFunctions;

export interface GuardOptions {
  /** The paths Bolt serves events on (`/slack/events`), compared after WHATWG normalisation. */
  endpoints: readonly string[];
  signingSecret: string;
  logger: Logger;
  /** Largest body read (a Slack payload is a few kB; a block action with a full message, tens). */
  maxBodyBytes?: number;
  /** How long a body may take to arrive, from the request's first byte. */
  bodyTimeoutMs?: number;
  /** Bytes of unverified bodies read at once, over all connections. */
  inFlightBytes?: number;
  now?: () => number;
}

export const GUARD_DEFAULTS = { maxBodyBytes: 1024 * 1024, bodyTimeoutMs: 10_000, inFlightBytes: 32 * 1024 * 1024 };

type Buffered = IncomingMessage & { rawBody?: Buffer };

/** What the body parses to, as Bolt parses it: an object (an event), something else (e.g. `null`), or nothing. */
function shapeOf(req: Buffered): 'object' | 'shapeless' | 'unparseable' {
  let body: unknown;
  try {
    body = parseHTTPRequestBody(req as Parameters<typeof parseHTTPRequestBody>[0]);
  } catch {
    return 'unparseable';
  }
  return typeof body !== 'object' || body === null || Array.isArray(body) ? 'shapeless' : 'object';
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * In front of Bolt's HTTP receiver, for every request: a target that does not parse is a 400
 * (Bolt would throw: a 500); on every spelling of the events path (WHATWG-normalised, as Bolt
 * routes) the body is read under size, time and global caps before the signature is checked,
 * the timestamp must be within five minutes either way, a body that is not a JSON object is a
 * 400 (Bolt would crash on `null`), and a signed request seen before is not run again. What
 * passes reaches Bolt already read, so nothing is read twice.
 */
export function guardSlackRequests(listener: RequestListener, options: GuardOptions): RequestListener {
  const limits = { ...GUARD_DEFAULTS, ...options };
  const budget = new BodyBudget(limits.inFlightBytes);
  const replays = new ReplayGuard(100_000, () => (options.now ?? Date.now)() / 1000);
  const { logger } = options;

  const answer = (req: IncomingMessage, res: ServerResponse, status: number, why: string, close = false): void => {
    // The target is the sender's text: shown cleaned (a token in a query string is still a token).
    logger.warn(`Refused a request to ${cleanCell((req.url ?? '').slice(0, 200))} (${status}): ${why}`);
    if (res.headersSent) return;
    if (close) res.setHeader('connection', 'close');
    res.writeHead(status).end();
  };

  const refuseBody = (req: IncomingMessage, res: ServerResponse, err: BodyRefused): void => {
    answer(req, res, err.status, err.message, true);
    if (err.status === 413 || err.status === 429) {
      // Read the rest and throw it away (so an honest sender sees the answer, not a reset), but
      // never for longer than a body may take.
      req.resume();
      setTimeout(() => req.destroy(), limits.bodyTimeoutMs).unref();
    } else req.destroy();
  };

  async function events(req: Buffered, res: ServerResponse): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, { maxBytes: limits.maxBodyBytes, timeoutMs: limits.bodyTimeoutMs, budget });
    } catch (err) {
      refuseBody(req, res, err instanceof BodyRefused ? err : new BodyRefused(400, String(err)));
      return;
    }
    req.rawBody = body;
    const text = body.toString('utf8');
    const form = header(req, 'content-type') === 'application/x-www-form-urlencoded';
    // Slack's SSL check is unsigned by design; Bolt answers it without looking further.
    if (form && new URLSearchParams(text).get('ssl_check') === '1') return listener(req, res);
    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    const signature = header(req, 'x-slack-signature') ?? '';
    const now = (options.now ?? Date.now)() / 1000;
    if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > SIGNATURE_WINDOW_SEC) {
      return answer(req, res, 401, 'the timestamp is missing or more than five minutes away');
    }
    if (!isValidSlackRequest({ signingSecret: options.signingSecret, body: text, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } })) {
      return answer(req, res, 401, 'the signature does not match');
    }
    const shape = shapeOf(req);
    if (shape === 'shapeless') return answer(req, res, 400, 'the body is not a JSON object');
    // Unparseable bodies are Bolt's to refuse (400); only what will run is remembered as seen.
    if (shape === 'object' && !replays.firstTime(timestamp, signature)) {
      // Acknowledged, so a sender that retries stops; not run again.
      logger.warn('Ignored a replayed Slack request (same signature and timestamp as one already handled)');
      res.writeHead(200).end();
      return;
    }
    listener(req, res);
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const path = requestPath(req.url);
    if (path === null) return answer(req, res, 400, 'the request target does not parse as a URL');
    // Everything else is Bolt's to route; what it throws (no route: 404) goes to its dispatch error handler.
    if (req.method !== 'POST' || !options.endpoints.includes(path)) return listener(req, res);
    events(req, res).catch((err: unknown) => answer(req, res, 400, `the request could not be handled (${String(err)})`));
  };
}

import type { IncomingMessage } from 'node:http';
import { createJsonStream, type JsonStreamOptions } from './json-stream.ts';
import { readReply } from './read-reply.ts';

/** What one engine reply may cost. */
export interface EngineLimits {
  /** Bytes read per reply before the read stops ("the sandbox answered with more than N MB"). */
  maxBytes: number;
  /** JSON nesting; the Engine API nests about 8 levels. */
  maxDepth: number;
  /** Bytes read of an error reply (the engine's message is one line). */
  errorBytes: number;
  /** Characters kept of one string (more than a reply shows): the rest is read but not decoded. */
  maxStringChars: number;
}

export const ENGINE_LIMITS: EngineLimits = { maxBytes: 8 * 1024 * 1024, maxDepth: 64, errorBytes: 64 * 1024, maxStringChars: 128 * 1024 };

/** The engine answered with an HTTP error; `engineMessage` is its own words, unredacted. */
export class EngineHttpError extends Error {
  constructor(readonly statusCode: number, readonly engineMessage: string) {
    super(`engine answered ${statusCode}: ${engineMessage.slice(0, 200)}`);
    this.name = 'EngineHttpError';
  }
}

export type Query = Record<string, string | number | boolean | Record<string, string[]>>;

interface DialOptions {
  path: string;
  method: 'GET';
  options: Query;
  isStream: true;
  statusCodes: Record<number, boolean>;
  abortSignal: AbortSignal;
}

/** The part of docker-modem used here: `dial`, already wrapped by the engine guard. */
export interface Modem {
  dial(options: DialOptions, callback: (err: unknown, res?: IncomingMessage) => void): void;
}

// docker-modem buffers a body itself unless it is told every status is fine and the body a stream.
const EVERY_STATUS = new Proxy({} as Record<number, boolean>, { get: () => true });

export interface EngineClient {
  /**
   * GET a JSON reply; the array at `items.path`, if given, is streamed to `items.onItem`;
   * `onLines` learns how many lines the value prints as indented JSON.
   */
  json(path: string, query?: Query, items?: JsonStreamOptions['items'], onLines?: (lines: number) => void): Promise<unknown>;
  /** GET a byte reply (logs), piece by piece; resolves with its content type. */
  bytes(path: string, query: Query, onChunk: (chunk: Buffer) => void): Promise<string>;
}

function engineMessage(body: Buffer): string {
  const text = body.toString('utf8');
  try {
    const json = JSON.parse(text) as { message?: unknown } | null;
    if (json && typeof json.message === 'string') return json.message;
  } catch {
    // Not JSON (an HTML error page from a proxy): the text itself.
  }
  return text.trim();
}

/**
 * Engine API reads through docker-modem's `dial` (so the engine guard and every transport docker
 * supports, unix/tcp/TLS/ssh, are kept), with the body read here: capped in bytes, parsed as it
 * arrives, one piece per event-loop turn, and cancelled when `signal` aborts (the deadline).
 */
export function createEngineClient(modem: Modem, signal: AbortSignal, limits: EngineLimits = ENGINE_LIMITS): EngineClient {
  const open = (path: string, query: Query): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      modem.dial(
        { path: `${path}?`, method: 'GET', options: query, isStream: true, statusCodes: EVERY_STATUS, abortSignal: signal },
        (err, res) => (err || !res ? reject(err ?? new Error('no response')) : resolve(res)),
      );
    });

  const checked = async (path: string, query: Query): Promise<IncomingMessage> => {
    const res = await open(path, query);
    const status = res.statusCode ?? 0;
    if (status >= 200 && status < 300) return res;
    const parts: Buffer[] = [];
    let size = 0;
    await readReply(res, {
      maxBytes: Number.MAX_SAFE_INTEGER,
      signal,
      onChunk: (chunk) => {
        if (size >= limits.errorBytes) return;
        parts.push(chunk.subarray(0, limits.errorBytes - size));
        size += chunk.length;
        if (size >= limits.errorBytes) res.destroy();
      },
    }).catch((err: unknown) => {
      // What arrived of the message is enough to report the error; only the deadline wins over it.
      if (signal.aborted) throw err;
    });
    throw new EngineHttpError(status, engineMessage(Buffer.concat(parts)));
  };

  return {
    async json(path, query = {}, items, onLines) {
      const res = await checked(path, query);
      const parser = createJsonStream({ maxDepth: limits.maxDepth, maxStringChars: limits.maxStringChars, ...(items ? { items } : {}) });
      await readReply(res, { maxBytes: limits.maxBytes, signal, onChunk: (chunk) => parser.write(chunk) });
      const value = parser.end();
      onLines?.(parser.lines());
      return value;
    },
    async bytes(path, query, onChunk) {
      const res = await checked(path, query);
      await readReply(res, { maxBytes: limits.maxBytes, signal, onChunk });
      return String(res.headers['content-type'] ?? '');
    },
  };
}

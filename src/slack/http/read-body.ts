import type { IncomingMessage } from 'node:http';
import type { BodyBudget } from './body-budget.ts';

/** Why a body was not read: the status to answer. */
export class BodyRefused extends Error {
  constructor(readonly status: 408 | 413 | 429 | 400, why: string) {
    super(why);
    this.name = 'BodyRefused';
  }
}

export interface BodyLimits {
  maxBytes: number;
  /** From the moment the request arrived. */
  timeoutMs: number;
  budget: BodyBudget;
}

/**
 * Reads a request body under three caps that hold before anything is known about the sender: its
 * size (a declared Content-Length over the cap is refused before a byte is read), the time it
 * may take (a slow sender is cut off), and the bytes all unverified bodies may hold together.
 */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    return Promise.reject(new BodyRefused(413, `the body is over ${limits.maxBytes} bytes (declared ${declared})`));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: BodyRefused | null): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      limits.budget.release(size);
      req.off('data', onData);
      if (err) reject(err);
      else resolve(Buffer.concat(parts, size));
    };
    const timer = setTimeout(() => finish(new BodyRefused(408, `the body did not arrive within ${limits.timeoutMs} ms`)), limits.timeoutMs);
    const onData = (chunk: Buffer): void => {
      if (size + chunk.length > limits.maxBytes) return finish(new BodyRefused(413, `the body is over ${limits.maxBytes} bytes`));
      if (!limits.budget.take(chunk.length)) return finish(new BodyRefused(429, 'too many request bodies are being read at once'));
      size += chunk.length;
      parts.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish(null));
    req.on('error', (err) => finish(new BodyRefused(400, `the body could not be read (${err.message})`)));
    req.on('aborted', () => finish(new BodyRefused(400, 'the sender went away')));
  });
}

import type { IncomingMessage } from 'node:http';

/** The reply passed the byte budget: the read stopped there and the connection was closed. */
export class ReplyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the engine's reply is longer than ${limitBytes} bytes`);
    this.name = 'ReplyTooLargeError';
  }
}

/** The connection closed before the reply was complete. */
export class ReplyCutOffError extends Error {
  constructor(cause?: unknown) {
    super('the engine closed the connection before the reply was complete', cause === undefined ? undefined : { cause });
    this.name = 'ReplyCutOffError';
  }
}

/** Most a socket delivers at once is 64 kB; bigger pieces are handed on in slices of this size. */
const SLICE_BYTES = 64 * 1024;

export interface ReadOptions {
  maxBytes: number;
  signal: AbortSignal;
  /** Gets the body piece by piece, at most SLICE_BYTES per event-loop turn. */
  onChunk(chunk: Buffer): void;
}

/**
 * Reads a reply body under a byte budget, one piece per event-loop turn: the socket is paused
 * while a piece is handled and resumed on the next turn, so however fast the engine sends,
 * other requests (Slack's acks) get the loop between pieces, and the kernel, not this process,
 * holds what has not been read yet. Aborting the signal destroys the connection.
 */
export function readReply(res: IncomingMessage, options: ReadOptions): Promise<void> {
  const { maxBytes, signal, onChunk } = options;
  return new Promise<void>((resolve, reject) => {
    let bytes = 0;
    let done = false;
    const finish = (err?: unknown): void => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      if (err !== undefined) {
        res.destroy();
        reject(err);
      } else resolve();
    };
    const onAbort = (): void => finish(signal.reason ?? new Error('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    const handle = (chunk: Buffer, from: number): void => {
      if (done) return;
      const piece = chunk.length - from > SLICE_BYTES ? chunk.subarray(from, from + SLICE_BYTES) : from > 0 ? chunk.subarray(from) : chunk;
      try {
        onChunk(piece);
      } catch (err) {
        finish(err);
        return;
      }
      const next = from + piece.length;
      setImmediate(() => (next < chunk.length ? handle(chunk, next) : done || res.resume()));
    };

    res.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        finish(new ReplyTooLargeError(maxBytes));
        return;
      }
      res.pause();
      handle(chunk, 0);
    });
    // Emitted only once every piece was handed on: the stream is paused until then.
    res.on('end', () => finish());
    res.on('error', (err) => finish(new ReplyCutOffError(err)));
    res.on('close', () => {
      if (!res.complete) finish(new ReplyCutOffError());
    });
  });
}

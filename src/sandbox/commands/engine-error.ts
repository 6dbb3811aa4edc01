import { DockhandError } from '../../errors.ts';
import { EngineHttpError } from '../engine/engine-client.ts';
import { cleanCell } from '../format/clean-text.ts';

/** The longest engine message shown; the engine's own are one short line. */
const MAX_MESSAGE_CHARS = 500;

/** The engine's words as the CLI prints them, made safe to show: redacted, control characters escaped, clipped. */
export function daemonSaid(message: string): string {
  const clean = cleanCell(message.length > MAX_MESSAGE_CHARS * 4 ? message.slice(0, MAX_MESSAGE_CHARS * 4) : message);
  return `Error response from daemon: ${clean.length > MAX_MESSAGE_CHARS ? `${clean.slice(0, MAX_MESSAGE_CHARS - 1)}…` : clean}`;
}

export const isEngineNotFound = (err: unknown): boolean => err instanceof EngineHttpError && err.statusCode === 404;

/** "No such container: x", as the CLI words it. */
export function notFound(kind: 'container' | 'image' | 'object', name: string): DockhandError {
  return new DockhandError('NOT_FOUND', `No such ${kind}: ${cleanCell(name)}`, { kind, name });
}

/**
 * Maps an engine error to what the CLI would say: 404 → NOT_FOUND; another HTTP error (e.g.
 * "container … is not running" for `top`) → ENGINE_ERROR with the daemon's message. Anything
 * else (socket down, timeout, a bad reply) is passed on untouched for the sandbox to report.
 */
export function engineError(err: unknown, kind: 'container' | 'image', name: string): unknown {
  if (isEngineNotFound(err)) return notFound(kind, name);
  if (err instanceof EngineHttpError) {
    return new DockhandError('ENGINE_ERROR', daemonSaid(err.engineMessage || `HTTP ${err.statusCode}`), { statusCode: err.statusCode }, { cause: err });
  }
  return err;
}

/** Runs an engine call, turning its failure into the CLI-like error. */
export async function onEngine<T>(call: () => Promise<T>, kind: 'container' | 'image', name: string): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw engineError(err, kind, name);
  }
}

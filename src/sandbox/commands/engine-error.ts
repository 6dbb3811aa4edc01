import { DockhandError } from '../../errors.ts';

interface EngineHttpError {
  statusCode?: number;
  json?: { message?: string } | null;
}

const httpStatus = (err: unknown): number | undefined => (err as EngineHttpError | null)?.statusCode;

export const isEngineNotFound = (err: unknown): boolean => httpStatus(err) === 404;

/** "No such container: x", as the CLI words it. */
export function notFound(kind: 'container' | 'image' | 'object', name: string): DockhandError {
  return new DockhandError('NOT_FOUND', `No such ${kind}: ${name}`, { kind, name });
}

/**
 * Maps an engine error to what the CLI would say: 404 → NOT_FOUND; another HTTP error (e.g.
 * "container … is not running" for `top`) → ENGINE_ERROR with the daemon's message. Anything
 * else (socket down, timeout) is rethrown untouched for the sandbox layer to report.
 */
export function engineError(err: unknown, kind: 'container' | 'image', name: string): Error {
  if (isEngineNotFound(err)) return notFound(kind, name);
  const status = httpStatus(err);
  if (status !== undefined) {
    const message = (err as EngineHttpError).json?.message ?? `HTTP ${status}`;
    return new DockhandError('ENGINE_ERROR', `Error response from daemon: ${message}`, { statusCode: status });
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Runs an engine call, turning its failure into the CLI-like error. */
export async function onEngine<T>(call: () => Promise<T>, kind: 'container' | 'image', name: string): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw engineError(err, kind, name);
  }
}

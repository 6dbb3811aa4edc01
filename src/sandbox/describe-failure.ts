import { DockhandError } from '../errors.ts';
import { cleanCell } from './format/clean-text.ts';

/**
 * What the log needs of a failure and its causes: name, message, system code, HTTP status, and
 * for a bug the top of the stack. Messages are cleaned (an engine error can carry a secret),
 * and nothing else of the error object is copied (it may hold sockets, requests, bodies).
 */
export function describeFailure(err: unknown, depth = 0): Record<string, unknown> | string {
  if (!(err instanceof Error)) return cleanCell(String(err).slice(0, 500));
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  const out: Record<string, unknown> = { name: e.name, message: cleanCell(e.message.slice(0, 500)) };
  if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  if (!(err instanceof DockhandError) && e.stack) out.stack = cleanCell(e.stack.split('\n').slice(0, 6).join(' | '));
  if (e.cause !== undefined && depth < 3) out.cause = describeFailure(e.cause, depth + 1);
  return out;
}

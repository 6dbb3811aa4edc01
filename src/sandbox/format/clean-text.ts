import { neutralizeLine } from './neutralize-controls.ts';
import { redactText } from './redact-text.ts';

/** Shown where the engine has a path on the sandbox host: where it keeps its files is not ours to show. */
export const HIDDEN = '<hidden>';

/** One value from the engine as a table cell or one-line value shows it: secrets redacted, control characters escaped. */
export const cleanCell = (text: string): string => neutralizeLine(redactText(text));

/** Every string in an engine object through `cleanCell` (objects here are a few levels deep: version, info). */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanCell(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v);
    return out as T;
  }
  return value;
}

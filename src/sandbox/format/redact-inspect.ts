import { REDACTED, redactText } from './redact-text.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SECRET_KEY = /passw(or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/i;
const SECRET_FLAG = /^--?[A-Za-z0-9_-]*(passw(or)?d|secret|token|api[_-]?key)$/i;

/** Every environment value is hidden: env is where secrets live and the name is what teaches. */
function redactEnv(entries: Json[]): Json[] {
  return entries.map((e) => {
    if (typeof e !== 'string') return redactValue(e);
    const eq = e.indexOf('=');
    return eq < 0 ? e : `${e.slice(0, eq + 1)}${REDACTED}`;
  });
}

/** `["--password", "hunter2"]`: the value after a secret-named flag is a secret too. */
function redactArgs(items: Json[]): Json[] {
  return items.map((item, i) => {
    const prev = items[i - 1];
    if (typeof item === 'string' && typeof prev === 'string' && SECRET_FLAG.test(prev)) return REDACTED;
    return redactValue(item);
  });
}

function redactObject(obj: { [key: string]: Json }): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'Env' && Array.isArray(value)) out[key] = redactEnv(value);
    else if (SECRET_KEY.test(key) && typeof value === 'string' && value !== '') out[key] = REDACTED;
    else out[key] = redactValue(value);
  }
  return out;
}

function redactValue(value: Json): Json {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return redactArgs(value);
  if (value && typeof value === 'object') return redactObject(value);
  return value;
}

/**
 * `inspect` output with environment values, secret-named fields and token-shaped strings
 * replaced by "<redacted>". Structure and key order are kept.
 */
export function redactInspect(value: unknown): unknown {
  return redactValue(value as Json);
}

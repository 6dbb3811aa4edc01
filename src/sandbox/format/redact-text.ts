export const REDACTED = '<redacted>';

// Credentials that identify themselves by shape, wherever they appear.
const TOKEN_SHAPES: RegExp[] = [
  /\bxox[abposr]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /\bgh[pousr]_[A-Za-z0-9_]+/g,
  /\bgithub_pat_[A-Za-z0-9_]+/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bglpat-[A-Za-z0-9_-]+/g,
  /\bsk-[A-Za-z0-9_-]{16,}/g,
];

// `password=…`, `--token=…`, `API_KEY: …`: keep the name so the output still teaches.
const SECRET_ASSIGNMENT =
  /\b([A-Za-z0-9_.-]*(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)[A-Za-z0-9_.-]*)(\s*[=:]\s*)(?!<redacted>)("[^"]*"|'[^']*'|[^\s,;&'"]+)/gi;

const URL_CREDENTIALS = /(\/\/[^/\s:@]+):([^/\s@]+)@/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g;

/** Replaces anything that looks like a secret in free text with "<redacted>". */
export function redactText(text: string): string {
  let out = text;
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  out = out.replace(SECRET_ASSIGNMENT, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`);
  out = out.replace(URL_CREDENTIALS, `$1:${REDACTED}@`);
  return out.replace(BEARER, `$1${REDACTED}`);
}

// The redactor as it was at 0bcc8e6 (before issue 9), kept verbatim as the baseline of
// `npm run bench:redact`. Its SECRET_ASSIGNMENT pattern backtracks: polynomial on inputs such as
// "passwd." repeated (the red-team review's M1). As a worker it redacts `workerData.text` and
// posts the time taken, so the bench can stop it when it runs too long.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

const REDACTED = '<redacted>';
const TOKEN_SHAPES = [
  /\bxox[abposr]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /\bgh[pousr]_[A-Za-z0-9_]+/g,
  /\bgithub_pat_[A-Za-z0-9_]+/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bglpat-[A-Za-z0-9_-]+/g,
  /\bsk-[A-Za-z0-9_-]{16,}/g,
];
const SECRET_ASSIGNMENT =
  /\b([A-Za-z0-9_.-]*(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)[A-Za-z0-9_.-]*)(\s*[=:]\s*)(?!<redacted>)("[^"]*"|'[^']*'|[^\s,;&'"]+)/gi;
const URL_CREDENTIALS = /(\/\/[^/\s:@]+):([^/\s@]+)@/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g;

export function oldRedactText(text) {
  let out = text;
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  out = out.replace(SECRET_ASSIGNMENT, (_m, name, sep) => `${name}${sep}${REDACTED}`);
  out = out.replace(URL_CREDENTIALS, `$1:${REDACTED}@`);
  return out.replace(BEARER, `$1${REDACTED}`);
}

if (!isMainThread && workerData?.text !== undefined) {
  const started = performance.now();
  oldRedactText(workerData.text);
  parentPort.postMessage(performance.now() - started);
}

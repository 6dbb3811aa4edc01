import { REDACTED, redactArgv as redactShownArgv, redactText } from '../sandbox/format/redact-text.ts';

/** Longer than any question the matcher reads; what is past it was never part of the answer. */
export const MAX_STORED_TEXT = 2000;

// The words that make a name (variable, flag, JSON key, header) a secret's name.
const SECRET_NAME = /pass|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|^key$|_key$|-key$|auth|credential|cookie|session/i;
const isSecretName = (name: string) => SECRET_NAME.test(name);

// A stored row outlives the reply by months and is read by other people, so it gets a second net
// under `redactText`, written for storage: every pattern is bounded and linear (no nested
// quantifiers over the same characters), and names are judged by a function, not by the regex.
const SHAPES: [RegExp, (m: string, ...groups: string[]) => string][] = [
  // JWTs: header.payload.signature, base64url.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,2000}/g, () => REDACTED],
  // Tokens that name themselves: Slack, GitHub, GitLab, AWS, Google, OpenAI/Anthropic-style, Stripe.
  [/\b(?:xox[a-z]-|xapp-|gh[pousr]_|github_pat_|glpat-|AIza|sk-|sk_live_|rk_live_|pk_live_)[A-Za-z0-9_-]{8,}/g, () => REDACTED],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, () => REDACTED],
  // Authorization: Basic/Bearer/Token <credential>; an all-lowercase word after "basic" is prose ("basic commands").
  [/\b(basic|bearer|token|digest)(\s+)(?!<redacted>)([A-Za-z0-9._~+/=-]{6,})/gi,
    (m, scheme, space, value) => (/[A-Z0-9+/=]/.test(value) ? `${scheme}${space}${REDACTED}` : m)],
  // URL userinfo: scheme://user:password@host.
  [/(\/\/[^\s/@:]{0,200}:)(?!<redacted>)[^\s/@]{1,200}@/g, (_m, head) => `${head}${REDACTED}@`],
  // "password": "anything, spaces too" (JSON and YAML-ish logs).
  [/("([A-Za-z0-9_.-]{1,64})"\s{0,5}:\s{0,5})"(?:[^"\\\n]|\\.){0,500}"/g, (m, head, name) => (isSecretName(name) ? `${head}"${REDACTED}"` : m)],
  // NAME=value and NAME: value: DB_PASS=…, PGPASS=…, pass: …, API_KEY=….
  [/(^|[\s"'([{,;])([A-Za-z_][A-Za-z0-9_.-]{0,63})(=|:\s{0,5})((?!<redacted>)(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'|[^\s"',;&]{1,500}))/g,
    (m, lead, name, sep) => (isSecretName(name) ? `${lead}${name}${sep}${REDACTED}` : m)],
  // --flag=value and --flag value: --x-pass V, --token V, --password=V.
  [/(^|\s)(--?[A-Za-z][A-Za-z0-9_-]{0,63})(=|\s{1,5})((?!<redacted>)(?!-)(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'|[^\s"',;&]{1,500}))/g,
    (m, lead, name, sep) => (name.length > 2 && isSecretName(name.replace(/^-+/, '')) ? `${lead}${name}${sep}${REDACTED}` : m)],
  // -pVALUE and -p VALUE (mysql, docker login): a password unless it is a port mapping.
  [/(^|\s)-p(\s{0,5})([^\s-][^\s]{0,500})/g, (m, lead, space, value) => (PORTS.test(value) ? m : `${lead}-p${space}${REDACTED}`)],
];

/** `8080:80`, `127.0.0.1:8080:80/tcp`, `[::1]:53:53/udp`: what `-p` means to docker. */
const PORTS = /^[0-9.:[\]a-f-]*[0-9](?:\/(?:tcp|udp|sctp))?$/i;

/** Free text as it may be stored: secrets redacted, Slack mentions and e-mail addresses removed, bounded. */
export function redactForStore(text: string): string {
  let out = redactText(text.slice(0, MAX_STORED_TEXT));
  for (const [shape, replace] of SHAPES) out = out.replace(shape, replace as (m: string, ...g: string[]) => string);
  return out
    .replace(/<@[UW][A-Z0-9]{2,}(?:\|[^>]*)?>/g, '@someone')
    .replace(/\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g, '<email>');
}

/**
 * A command line as it may be stored: first as the sandbox redacts what it shows (pairs like
 * `-p V` and `--db-pass V` included), then each word redacted again for storage, and the word
 * after a flag that names a secret (`--password V`, `-p V`, `-e PASS=…` is caught per word) redacted whole.
 */
export function redactArgv(input: readonly string[]): string[] {
  const argv = redactShownArgv(input.slice(0, 100));
  return argv.map((word, i) => {
    const prev = argv[i - 1] ?? '';
    const flagName = /^--?([A-Za-z][A-Za-z0-9_-]*)$/.exec(prev)?.[1];
    if (flagName && !word.startsWith('-') && ((flagName === 'p' && !PORTS.test(word)) || (flagName.length > 1 && isSecretName(flagName)))) return REDACTED;
    return redactForStore(word);
  });
}

/*
 * Which names carry secrets. Both checks are one pass over the name with no backtracking and no
 * allocation, so they cost the same whatever the name is (the redactor asks about every name in
 * a reply). They take the name as a range of a larger text so the redactor need not copy it.
 */

/** Lower-case letter at i (ASCII letters folded; anything else returned as is). */
const lowerAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
};

function matchesAt(text: string, i: number, end: number, word: string): boolean {
  if (end - i < word.length) return false;
  for (let j = 0; j < word.length; j++) if (lowerAt(text, i + j) !== word.charCodeAt(j)) return false;
  return true;
}

/**
 * `DB_PASSWORD`, `PGPASS`, `--api-key`, `client.secret`, `X-Auth-Token`, `"password"`: any name
 * with PASS, PWD, TOKEN, SECRET, KEY or CREDENTIAL in it (any case). Used where a separator
 * (`=`, `:`) says a value follows, so a broad net costs little.
 */
export function isSecretNameAt(text: string, start: number, end: number): boolean {
  return secretPartAt(text, start, end) >= 0;
}

/** Where the first of those parts starts in text[start, end), or -1. */
export function secretPartAt(text: string, start: number, end: number): number {
  for (let i = start; i + 3 <= end; i++) {
    switch (lowerAt(text, i)) {
      case 112: // p
        if (matchesAt(text, i, end, 'pass') || matchesAt(text, i, end, 'pwd')) return i;
        break;
      case 116: // t
        if (matchesAt(text, i, end, 'token')) return i;
        break;
      case 115: // s
        if (matchesAt(text, i, end, 'secret')) return i;
        break;
      case 107: // k
        if (matchesAt(text, i, end, 'key')) return i;
        break;
      case 99: // c
        if (matchesAt(text, i, end, 'credential')) return i;
        break;
    }
  }
  return -1;
}

export const isSecretName = (name: string): boolean => isSecretNameAt(name, 0, name.length);

/** Last parts that name a secret on their own. */
const STRONG_PARTS = new Set(['password', 'passwd', 'passphrase', 'pass', 'pwd', 'token', 'secret', 'key', 'apikey', 'credential', 'credentials']);
/** …and the endings that make a longer last part one (`dbpassword`, `authtoken`; not `bypass`, `monkey`). */
const STRONG_ENDINGS = ['password', 'passwd', 'passphrase', 'secret', 'token'];
/** Flags may end in `pass` or `key` too (`--requirepass`, `--sshkey`). */
const FLAG_ENDINGS = ['pass', 'key', 'pwd'];

function endsWithAny(part: string, endings: readonly string[]): boolean {
  for (const end of endings) if (part.length > end.length && part.endsWith(end)) return true;
  return false;
}

/**
 * Names whose next word is a secret even without `=` or `:`: flags (`--db-pass V`, `--token V`,
 * `--key V`, `--requirepass V`), compounds (`DB_PASS V`, `client_secret V`, `dbPassword V`) and
 * the words password, passwd, passphrase, pwd, token, secret, apikey on their own ("connecting
 * with password V"). Not bare `pass` or `key` ("pass the test", "any key to continue").
 */
export function isStrongSecretNameAt(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 100) return false;
  const flag = text.charCodeAt(start) === 45;
  // The last part: after the last `-`, `_` or `.`, or a lower→upper case change (`dbPassword`).
  let from = end;
  while (from > start) {
    const c = text.charCodeAt(from - 1);
    if (c === 45 || c === 95 || c === 46) break;
    if (from < end && c >= 97 && c <= 122) {
      const next = text.charCodeAt(from);
      if (next >= 65 && next <= 90) break;
    }
    from--;
  }
  if (from === end) return false;
  const last = text.slice(from, end).toLowerCase();
  const compound = from > start && !(flag && isAllDashes(text, start, from));
  if (STRONG_PARTS.has(last)) return flag || compound || (last !== 'pass' && last !== 'key');
  return endsWithAny(last, STRONG_ENDINGS) || (flag && endsWithAny(last, FLAG_ENDINGS));
}

function isAllDashes(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 45) return false;
  return true;
}

export const isStrongSecretName = (name: string): boolean => isStrongSecretNameAt(name, 0, name.length);

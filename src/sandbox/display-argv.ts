import { REDACTED, redactArgv } from './format/redact-text.ts';

const PLAIN = /^[A-Za-z0-9_@%+=:,./~^-]+$/;

/** A word as a shell would need it typed (`'name=a b'`, `';'`), so what is shown is what ran. */
export function shellWord(word: string): string {
  if (word === '') return "''";
  if (PLAIN.test(word) || word === REDACTED) return word;
  // The one substitution the dry runs accept is shown as typed.
  if (word.startsWith('$(') && word.endsWith(')')) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command line as shown to people and in the audit log: secrets redacted, words quoted where needed. */
export function displayArgv(argv: readonly string[]): string[] {
  return redactArgv(argv).map(shellWord);
}

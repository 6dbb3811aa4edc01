import { DockhandError } from '../errors.ts';
import { normalizeCommandText } from './normalize-command-text.ts';

export interface ParsedCommand {
  /** The words after a leading `docker` (or `/docker`, `sudo docker`), quotes removed, nothing expanded. */
  argv: string[];
  /**
   * The words of a trailing `$(…)` or backtick substitution, exactly as typed (with their `docker`).
   * Only the notes' cleanup idioms use it, for a dry run; everything else refuses it.
   */
  substitution: string[] | null;
}

/** Beyond this the text is no command anyone typed; refusing early keeps the parser's work bounded. */
export const MAX_COMMAND_CHARS = 1000;

// Characters a shell would act on. The sandbox has no shell, so their presence means the sender
// expects something the sandbox will not do: refuse rather than silently take them literally.
const OPERATORS = new Set([';', '|', '&', '>', '<', '(', ')', '`', '$']);

const shellSyntax = (token: string) =>
  new DockhandError('SHELL_SYNTAX', `shell syntax is not accepted: ${JSON.stringify(token)}`, { token });

const tooLong = () =>
  new DockhandError('BAD_ARGS', `command longer than ${MAX_COMMAND_CHARS} characters`, { problem: 'too-long' });

const squeezed = (text: string): string => text.trim().replace(/[ \t]+/g, ' ');

/** Newlines, NUL and other control characters are refused anywhere, quoted or not. */
function checkControl(text: string): void {
  const bad = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/u.exec(text);
  if (bad) throw shellSyntax(bad[0] === '\n' || bad[0] === '\r' ? '\\n' : `\\u${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

interface Lexed {
  words: string[];
  substitution: string | null;
}

/** The shell operator at i, as the refusal names it (`&&`, `||`, `$(`, `${`, or the character). */
function operatorAt(text: string, i: number): string {
  for (const op of ['$(', '${', '&&', '||', '>>', '2>&1']) if (text.startsWith(op, i)) return op;
  return text[i] ?? '';
}

/** Splits shell-style (quotes, backslash) and finds a trailing `$(…)`/backticks; expands nothing. */
function lex(text: string, allowSubstitution: boolean): Lexed {
  const words: string[] = [];
  let word: string | null = null;
  let substitution: string | null = null;
  let i = 0;
  const push = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (substitution !== null && !/\s/.test(c)) throw shellSyntax(operatorAt(text, i));
    if (c === ' ' || c === '\t') {
      push();
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new DockhandError('BAD_ARGS', 'a quote is not closed', { problem: 'unclosed-quote' });
      word = (word ?? '') + text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      const [value, next] = readDoubleQuoted(text, i + 1);
      word = (word ?? '') + value;
      i = next;
    } else if (c === '\\') {
      word = (word ?? '') + (text[i + 1] ?? '');
      i += 2;
    } else if (allowSubstitution && word === null && (text.startsWith('$(', i) || c === '`')) {
      const close = c === '`' ? '`' : ')';
      const start = i + (c === '`' ? 1 : 2);
      const end = text.indexOf(close, start);
      if (end < 0) throw shellSyntax(c === '`' ? '`' : '$(');
      substitution = text.slice(start, end);
      i = end + 1;
    } else if (OPERATORS.has(c)) {
      throw shellSyntax(operatorAt(text, i));
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  push();
  return { words, substitution };
}

/** Inside double quotes a shell still expands `$` and backticks: refuse them; `\` escapes `"` and `\`. */
function readDoubleQuoted(text: string, from: number): [string, number] {
  let value = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return [value, i + 1];
    if (c === '$' || c === '`') throw shellSyntax(text.startsWith('$(', i) ? '$(' : text.startsWith('${', i) ? '${' : c);
    if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) value += text[++i];
    else value += c;
  }
  throw new DockhandError('BAD_ARGS', 'a quote is not closed', { problem: 'unclosed-quote' });
}

/** Drops the leading `docker` a person may or may not type (`/docker`, `sudo docker` too). */
export function stripDocker(words: string[]): string[] {
  let i = 0;
  if (words[i] === 'sudo' && /^\/?docker$/.test(words[i + 1] ?? '')) i++;
  if (/^\/?docker$/.test(words[i] ?? '')) i++;
  return words.slice(i);
}

/**
 * Text → argv, shell-style but with no expansion at all. Any shell syntax (`;` `|` `&` `$(` `${`
 * backticks `>` `<` newlines NUL) is a SHELL_SYNTAX error, except one trailing `$(…)` or backtick
 * substitution, which is returned for the dry-run idioms to judge (and refused by everyone else).
 */
export function parseCommand(text: string): ParsedCommand {
  // Checked before folding too, so a 100 kB paste costs nothing. Runs of spaces count as one:
  // `ps -a` followed by 5,000 spaces is a short command.
  if (text.length > MAX_COMMAND_CHARS * 4 && squeezed(text).length > MAX_COMMAND_CHARS * 4) throw tooLong();
  const normalized = normalizeCommandText(text);
  if (squeezed(normalized).length > MAX_COMMAND_CHARS) throw tooLong();
  checkControl(normalized);
  const { words, substitution } = lex(normalized, true);
  return {
    argv: stripDocker(words),
    substitution: substitution === null ? null : lex(substitution.trim(), false).words,
  };
}

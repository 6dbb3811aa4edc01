import { FIRST_WORDS, resolveCommand } from '../sandbox/docker-commands.ts';
import { REDACTED } from '../sandbox/format/redact-text.ts';
import { normalizeCommandText } from '../sandbox/normalize-command-text.ts';
import { stripDocker } from '../sandbox/parse-command.ts';

const SHELL = /[;|&<>`$()\n\r]/;
const MAX_FLAGS = 20;

/**
 * A flag as a name only. `-it`, `-ti` and `-i -t` are one signature (clusters of up to three
 * letters are split); a longer cluster is a flag with its value attached (`-p8080:80`, `-uroot`),
 * so only its letter is kept. `--name=web` keeps `--name`.
 */
function flagNames(word: string): string[] {
  const long = /^--([A-Za-z0-9][A-Za-z0-9-]{0,40})(?:=|$)/.exec(word);
  if (long) return [`--${long[1]}`];
  if (/^-[A-Za-z]{1,3}$/.test(word)) return [...word.slice(1)].map((c) => `-${c}`);
  const short = /^-([A-Za-z])/.exec(word);
  return short ? [`-${short[1]}`] : [];
}

/** The words before any shell syntax, and whether there was some. */
function beforeShell(words: readonly string[]): { words: string[]; shell: boolean } {
  const kept: string[] = [];
  for (const word of words) {
    const at = word.search(SHELL);
    if (at < 0) {
      kept.push(word);
      continue;
    }
    if (at > 0) kept.push(word.slice(0, at));
    return { words: kept, shell: true };
  }
  return { words: kept, shell: false };
}

/**
 * What a command line is, without anything it was given: `docker container run -i -t` for
 * `docker run -it --name web centos bash`. Verb and subcommand in docker's canonical form, flags by
 * name only, sorted; positional words (names, images, values) never appear. This is what refusals
 * are counted by, so "what do learners keep trying to run" reads without a single value in it.
 */
export function commandSignature(argvOrText: readonly string[] | string): string {
  const typed = typeof argvOrText === 'string' ? normalizeCommandText(argvOrText).split(/\s+/).filter(Boolean) : argvOrText;
  // Commands arrive as shown, secrets already `<redacted>`: a value, not the `<` `>` of a redirection.
  const unredacted = typed.map((w) => w.split(REDACTED).join('x'));
  const { words: all, shell } = beforeShell(stripDocker(unredacted));
  const globals: string[] = [];
  let i = 0;
  // Global flags before the command (`-H tcp://… ps`): their names count, their values do not.
  while (i < all.length && all[i]!.startsWith('-')) {
    globals.push(...flagNames(all[i]!));
    i++;
    if (i < all.length && !all[i]!.startsWith('-') && !FIRST_WORDS.has(all[i]!) && !all[i - 1]!.includes('=')) i++;
  }
  const rest = all.slice(i);
  const resolved = resolveCommand(rest);
  const name = resolved ? resolved.command.name : rest.length > 0 ? '(not a docker command)' : '';
  const flags = new Set<string>();
  for (const word of resolved ? rest.slice(resolved.words) : []) {
    if (word === '--') break;
    if (word.startsWith('-')) for (const f of flagNames(word)) flags.add(f);
  }
  const sorted = [...flags].sort().slice(0, MAX_FLAGS);
  return ['docker', ...[...new Set(globals)].sort(), name, ...sorted].filter(Boolean).join(' ') + (shell ? ' (shell syntax)' : '');
}

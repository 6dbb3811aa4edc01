import { FIRST_WORDS, TOPIC_WORDS } from './docker-commands.ts';
import { normalizeCommandText } from './normalize-command-text.ts';
import { stripDocker } from './parse-command.ts';

/** Words that make a line prose about docker rather than a docker command line. */
const PROSE = new Set([
  'how', 'what', "what's", 'whats', 'why', 'when', 'where', 'which', 'who', 'whose', 'vs', 'vs.', 'versus',
  'difference', 'differences', 'between', 'explain', 'mean', 'means', 'meaning', 'does', 'do', "don't", 'did',
  'should', 'can', 'could', 'would', 'will', 'shall', 'may', 'might', 'must', 'i', "i'm", 'me', 'my', 'we', 'our',
  'you', 'your', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'to', 'of', 'for', 'with',
  'and', 'or', 'but', 'about', 'it', "it's", 'this', 'that', 'these', 'those', 'please', 'tell', 'show', 'help',
  'using', 'work', 'works', 'instead', 'example', 'without', 'from', 'into', 'than',
  // Reports of trouble: "docker ps shows nothing", "images not working".
  'shows', 'showing', 'nothing', 'empty', 'not', "doesn't", 'doesnt', "isn't", "won't", 'working', 'broken', 'wrong',
  'fails', 'failed', 'error', 'stuck',
]);

const HAN = /\p{Script=Han}/u;
const SHELL = /[;|&<>`()\n\r\u0000]|\$[({]/;

/** A word right after a flag is that flag's value (`login -u me`), not prose. */
const hasProse = (words: string[]) =>
  words.some(
    (w, i) => !w.startsWith('-') && !(words[i - 1]?.startsWith('-') ?? false) && PROSE.has(w.toLowerCase().replace(/[.,!:]+$/, '')),
  );

/**
 * Whether text is a docker command line (to run or refuse) rather than a question to answer.
 * It is when, after an optional `docker`, the first word is one of docker's commands (refused ones
 * included: "rm -f web" must be refused, not matched against cards) and nothing reads as prose;
 * or when it starts with global flags or with `docker` and shell syntax, which are refused as such.
 */
export function isCommand(text: string): boolean {
  const normalized = normalizeCommandText(text);
  if (HAN.test(normalized) || normalized.includes('?')) return false;
  const typed = normalized.split(/\s+/).filter(Boolean);
  const words = stripDocker(typed);
  const first = words[0];
  const knownFirst = first !== undefined && FIRST_WORDS.has(first);
  if (knownFirst && words.length === 1 && TOPIC_WORDS.has(first)) return false;
  if (knownFirst && !hasProse(words)) return true;
  const startsWithDocker = /^(?:sudo\s+)?\/?docker(?![\w.-])/.test(normalized);
  // `docker -H tcp://elsewhere ps`: global flags first, to be refused as such.
  if (first?.startsWith('-') && (startsWithDocker || words.some((w) => FIRST_WORDS.has(w))) && !hasProse(words)) return true;
  return startsWithDocker && SHELL.test(normalized) && (knownFirst || !hasProse(words));
}

import { toTraditional } from '../../../src/lang/to-traditional.ts';
import { cleanSlackText } from '../../../src/match/clean-slack-text.ts';
import { isStopword } from './stopwords.ts';
import { applyPhrases, expandToken } from './thesaurus.ts';
import { tokenize } from './tokenize.ts';

const HAN = /\p{Script=Han}/u;
const SHORT_FLAGS = /^-[a-z]{2,4}$/;

/** `-aq` is `-a` plus `-q`, `-it` is `-i` plus `-t`: people ask about either. */
function withShortFlags(token: string): string[] {
  return SHORT_FLAGS.test(token) ? [token, ...[...token.slice(1)].map((c) => `-${c}`)] : [token];
}

/**
 * The one text pipeline for cards and questions alike, so both sides land on the same words:
 * Slack cleanup → Traditional Chinese → synonym phrases → words → no stopwords → canonical synonyms.
 */
export function analyzeText(text: string): string[] {
  const cleaned = cleanSlackText(text);
  const traditional = HAN.test(cleaned) ? toTraditional(cleaned) : cleaned;
  const out = new Set<string>();
  for (const token of tokenize(applyPhrases(traditional.toLowerCase())).flatMap(withShortFlags)) {
    // The thesaurus outranks the stopword list: "explain" and "whats" ask for a definition.
    const words = expandToken(token);
    if (words.length === 1 && words[0] === token && isStopword(token)) continue;
    for (const word of words) if (!isStopword(word)) out.add(word);
  }
  return [...out];
}

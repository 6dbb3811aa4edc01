import { toTraditional } from '../lang/convert-chinese.ts';
import { cleanSlackText } from './clean-slack-text.ts';
import { isStopword } from './stopwords.ts';
import { applyPhrases, expandToken } from './thesaurus.ts';
import { tokenize } from './tokenize.ts';

const HAN = /\p{Script=Han}/u;

/**
 * The one text pipeline for cards and questions alike, so both sides land on the same words:
 * Slack cleanup → Traditional Chinese → synonym phrases → words → no stopwords → canonical synonyms.
 */
export function analyzeText(text: string): string[] {
  const cleaned = cleanSlackText(text);
  const traditional = HAN.test(cleaned) ? toTraditional(cleaned) : cleaned;
  const out = new Set<string>();
  for (const token of tokenize(applyPhrases(traditional.toLowerCase()))) {
    if (isStopword(token)) continue;
    for (const word of expandToken(token)) if (!isStopword(word)) out.add(word);
  }
  return [...out];
}

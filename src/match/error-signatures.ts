import type { ErrorSignatures } from './extract-features.ts';
import { foldText } from './fold-text.ts';
import { tokensOf, wordsOf } from './extract-features.ts';

// Parts of an error that change from run to run: ids, names, paths, numbers, quoted values.
const VARIABLE = /^(?:[0-9a-f]{6,}|\d+(?:\.\d+)*|.*[/\\].*|.*\d.*)$/;
// Share of an error's telling words a message must contain to count as pasting it.
const COVERAGE = 0.8;
const MIN_WORDS = 3;

interface Signature {
  id: string;
  words: string[];
}

/** The fixed words of an error message, which survive when a learner pastes their own instance of it. */
export function signatureWords(message: string): string[] {
  // Quoted parts name the learner's own image, container or command.
  const fixed = message.replace(/'[^'\n]*'|"[^"\n]*"/g, ' ');
  // Paths, ids and numbers are dropped whole, before compound words are split into their parts.
  const tokens = tokensOf(foldText(fixed)).filter((t) => !VARIABLE.test(t));
  return [...new Set(wordsOf(tokens.join(' ')).filter((w) => w.length >= 3 && !VARIABLE.test(w)))];
}

/**
 * Recognises known error messages in a message's words. Ids are the errors' own fixed words, so two
 * cards that explain the same error share one feature.
 */
export function createErrorSignatures(messages: Iterable<string>): ErrorSignatures & { ids: string[] } {
  const byId = new Map<string, Signature>();
  for (const message of messages) {
    const words = signatureWords(message);
    if (words.length < MIN_WORDS) continue;
    const id = words.join('_');
    byId.set(id, { id, words });
  }
  const signatures = [...byId.values()];
  return {
    ids: signatures.map((s) => s.id),
    find(present) {
      const hits: string[] = [];
      for (const s of signatures) {
        let n = 0;
        for (const w of s.words) if (present.has(w)) n++;
        if (n >= MIN_WORDS && n / s.words.length >= COVERAGE) hits.push(s.id);
      }
      return hits;
    },
  };
}

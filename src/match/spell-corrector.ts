import { editDistance } from './edit-distance.ts';

export type SpellCorrector = (word: string) => string | null;

const CORRECTABLE = /^[a-z]{5,24}$/;
const CACHE_LIMIT = 5000;

/**
 * Maps an unknown word to the known word it most likely misspells: one edit for short words,
 * two from eight letters on. Short words are never corrected: "bake" is not a typo of "base".
 * Ties go to the word sharing the first letter, then the more frequent one.
 */
export function createSpellCorrector(frequency: ReadonlyMap<string, number>): SpellCorrector {
  const words = [...frequency.keys()].filter((w) => CORRECTABLE.test(w));
  const cache = new Map<string, string | null>();
  return (word) => {
    if (frequency.has(word) || !CORRECTABLE.test(word)) return null;
    if (cache.has(word)) return cache.get(word)!;
    const max = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestRank = Infinity;
    for (const known of words) {
      const d = editDistance(word, known, max);
      if (d > max) continue;
      const rank = d * 1e6 + (known[0] === word[0] ? 0 : 5e5) - (frequency.get(known) ?? 0);
      if (rank < bestRank) [best, bestRank] = [known, rank];
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, best);
    return best;
  };
}

import { editDistance } from './edit-distance.ts';

export type SpellCorrector = (word: string) => string | null;

const CORRECTABLE = /^[a-z]{3,24}$/;
const CACHE_LIMIT = 5000;
const MIN_DICTIONARY_LENGTH = 5;

/**
 * Which slips count as typos: one edit from five letters on, two from ten (same first letter).
 * Shorter words only lose a letter, or (four letters) swap two: "pul" → "pull", "lsit" → "list".
 * Anything else there makes another word: "bake" is not "base", "cup" is not "cpu".
 */
function allowed(word: string, known: string): number {
  if (word.length >= 10 && word[0] === known[0]) return 2;
  if (word.length >= 5) return 1;
  if (known.length === word.length + 1) return 1;
  const swapped = word.length === 4 && known.length === 4 && [...word].sort().join('') === [...known].sort().join('');
  return swapped ? 1 : 0;
}

/**
 * Maps an unknown word to the known word it most likely misspells. Ties go to the word sharing
 * the first letter, then to the more frequent one. `isRealWord` vetoes correcting ordinary English.
 */
export function createSpellCorrector(
  frequency: ReadonlyMap<string, number>,
  isRealWord: (word: string) => boolean = () => false,
): SpellCorrector {
  // By length: a typo changes the length by at most the edits it may have.
  const byLength = new Map<number, string[]>();
  for (const w of frequency.keys()) {
    if (!CORRECTABLE.test(w)) continue;
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  const cache = new Map<string, string | null>();
  return (word) => {
    if (frequency.has(word) || !CORRECTABLE.test(word)) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const best = isTypo(word) ? closest(word) : null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, best);
    return best;
  };

  // A real word is not a typo: "lunch" is lunch, not "launch". Short words keep their own rules (allowed).
  function isTypo(word: string): boolean {
    return word.length < MIN_DICTIONARY_LENGTH || !isRealWord(word);
  }

  function closest(word: string): string | null {
    let best: string | null = null;
    let bestRank = Infinity;
    const reach = word.length >= 10 ? 2 : 1;
    const candidates: string[] = [];
    for (let n = word.length - reach; n <= word.length + reach; n++) candidates.push(...(byLength.get(n) ?? []));
    for (const known of candidates) {
      const max = allowed(word, known);
      if (max === 0) continue;
      const d = editDistance(word, known, max);
      if (d > max) continue;
      const rank = d * 1e6 + (known[0] === word[0] ? 0 : 5e5) - (frequency.get(known) ?? 0);
      if (rank < bestRank) [best, bestRank] = [known, rank];
    }
    return best;
  }
}

import { editDistance } from './edit-distance.ts';

export type SpellCorrector = (word: string) => string | null;

const CORRECTABLE = /^[a-z]{4,24}$/;
const CACHE_LIMIT = 5000;

/** Edits a typo of this length may have: one from four letters on, two from ten. */
export function allowedEdits(length: number): number {
  return length >= 10 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Maps a word the model has never seen to the known word it most likely misspells ("contianer" →
 * "container"). Real words are never "corrected" ("lunch" is not "launch"): `protectedWords` holds
 * the ordinary English words within reach of the vocabulary, found at build time. Ties go to the word
 * with the same first letter, then to the more frequent one.
 */
export function createSpellCorrector(frequency: ReadonlyMap<string, number>, protectedWords: ReadonlySet<string>): SpellCorrector {
  // Words within one edit share a one-letter deletion: candidates come from a lookup, not a scan.
  const byDeletion = new Map<string, string[]>();
  for (const w of frequency.keys()) {
    if (!CORRECTABLE.test(w)) continue;
    for (const d of deletions(w)) (byDeletion.get(d) ?? byDeletion.set(d, []).get(d)!).push(w);
  }
  const cache = new Map<string, string | null>();
  return (word) => {
    if (frequency.has(word) || protectedWords.has(word) || !CORRECTABLE.test(word)) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const best = closest(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, best);
    return best;
  };

  function closest(word: string): string | null {
    const max = allowedEdits(word.length);
    // Two edits (long words): deletions of deletions reach every word two edits away.
    const probes = new Set(deletions(word));
    if (max >= 2) for (const d of [...probes]) for (const dd of deletions(d)) probes.add(dd);
    let best: string | null = null;
    let bestRank = Infinity;
    for (const probe of probes) {
      for (const known of byDeletion.get(probe) ?? []) {
        const d = editDistance(word, known, max);
        if (d > max) continue;
        const rank = d * 1e6 + (known[0] === word[0] ? 0 : 5e5) - (frequency.get(known) ?? 0);
        if (rank < bestRank) [best, bestRank] = [known, rank];
      }
    }
    return best;
  }
}

/** Every deletion of one letter: two words within one edit share one (SymSpell's trick). */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * The ordinary English words a typo-fixer could wrongly turn into a vocabulary word: those within
 * the allowed edits of one, but not in it. Computed once at build time from a dictionary, so the
 * running app needs no dictionary at all.
 */
export function protectedWordsOf(vocabulary: Iterable<string>, english: Iterable<string>): string[] {
  const vocab = new Set([...vocabulary].filter((w) => CORRECTABLE.test(w)));
  const byDeletion = new Map<string, string[]>();
  for (const v of vocab) for (const d of deletions(v)) (byDeletion.get(d) ?? byDeletion.set(d, []).get(d)!).push(v);
  const out: string[] = [];
  for (const e of english) {
    if (!CORRECTABLE.test(e) || vocab.has(e)) continue;
    const max = allowedEdits(e.length);
    let near = false;
    for (const d of deletions(e)) {
      for (const v of byDeletion.get(d) ?? []) {
        if (editDistance(e, v, max) <= max) {
          near = true;
          break;
        }
      }
      if (near) break;
    }
    if (near) out.push(e);
  }
  return out;
}

import { editDistance } from './edit-distance.ts';
import { hashString as hash } from './hash-string.ts';

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
  const byDeletion = deletionTable([...frequency.keys()].filter((w) => CORRECTABLE.test(w)));
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
      for (const known of byDeletion(probe)) {
        const d = editDistance(word, known, max);
        if (d > max) continue;
        const rank = d * 1e6 + (known[0] === word[0] ? 0 : 5e5) - (frequency.get(known) ?? 0);
        if (rank < bestRank) [best, bestRank] = [known, rank];
      }
    }
    return best;
  }
}

/**
 * The words that are `probe` or become it by deleting one letter, in the order given. The deletions
 * are kept as sorted 32-bit hashes beside word numbers, not as strings: a Map of every deletion
 * string was 6.3 MB of the server's heap. A hash shared by chance is caught by checking the word.
 */
function deletionTable(words: readonly string[]): (probe: string) => string[] {
  const { keys, ids } = sortedDeletions(words);
  return (probe) => {
    const h = hash(probe);
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let j = lo; j < keys.length && keys[j] === h; j++) {
      const w = words[ids[j]!]!;
      if (deletesTo(w, probe)) out.push(w);
    }
    return out;
  };
}

/** Every (hash of a deletion, word number), sorted; built apart so the lookup's closure holds only the typed arrays. */
function sortedDeletions(words: readonly string[]): { keys: Uint32Array; ids: Uint32Array } {
  // hash · 2^20 + word number is exact in a double (52 bits), so one numeric sort orders by hash,
  // then by word: each probe's words come in the order given.
  if (words.length >= 2 ** 20) throw new Error(`too many words for the spelling table: ${words.length}`);
  let n = 0;
  for (const w of words) n += w.length + 1;
  const packed = new Float64Array(n);
  let j = 0;
  words.forEach((w, i) => {
    for (const d of deletions(w)) packed[j++] = hash(d) * 2 ** 20 + i;
  });
  packed.sort();
  const keys = new Uint32Array(n);
  const ids = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    keys[k] = Math.floor(packed[k]! / 2 ** 20);
    ids[k] = packed[k]! % 2 ** 20;
  }
  return { keys, ids };
}

/** `word` is `probe`, or `probe` with one more letter somewhere. */
function deletesTo(word: string, probe: string): boolean {
  if (word.length === probe.length) return word === probe;
  if (word.length !== probe.length + 1) return false;
  let i = 0;
  while (i < probe.length && word[i] === probe[i]) i++;
  return word.slice(i + 1) === probe.slice(i);
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

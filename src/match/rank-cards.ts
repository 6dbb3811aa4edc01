import { analyzeText } from './analyze-text.ts';
import type { MatchIndex, MatchRecord } from './match-index.ts';
import { expandToken } from './thesaurus.ts';

export interface RankedCard {
  card: number;
  /** 0 … 1, higher is better. */
  quality: number;
}

export interface Ranking {
  /** Share (by word rarity) of the question's words that cards use at all: low means off-topic. */
  coverage: number;
  ranked: RankedCard[];
}

// More words than any question has: the rest of a pasted log cannot change the answer, only slow it.
const MAX_WORDS = 24;

/** The question's words, misspellings replaced by the known words they most likely mean. */
export function questionWords(text: string, index: MatchIndex): string[] {
  const words = new Set<string>();
  for (const token of analyzeText(text).slice(0, MAX_WORDS)) {
    const fixed = index.correct(token);
    for (const w of fixed ? expandToken(fixed) : [token]) words.add(w);
  }
  return [...words];
}

const sumIdf = (words: Iterable<string>, index: MatchIndex) => {
  let s = 0;
  for (const w of words) s += index.idf.get(w) ?? index.maxIdf;
  return s;
};

/**
 * Fuse's token score says how much of the question a record covers (fuzzily); exact recall and
 * precision by word rarity sharpen it, so the record that says just what was asked wins ties.
 */
function recordQuality(record: MatchRecord, fuseScore: number, words: readonly string[], index: MatchIndex, total: number) {
  const shared = words.filter((w) => record.tokens.has(w));
  const sharedIdf = sumIdf(shared, index);
  const recall = total > 0 ? sharedIdf / total : 0;
  const precision = sharedIdf / Math.max(sumIdf(record.tokens, index), 1e-9);
  return record.weight * (0.45 * (1 - fuseScore) + 0.35 * recall + 0.2 * precision);
}

export function rankCards(text: string, index: MatchIndex): Ranking {
  const words = questionWords(text, index);
  const known = words.filter((w) => index.idf.has(w));
  const all = sumIdf(words, index);
  const coverage = all > 0 ? sumIdf(known, index) / all : 0;
  if (known.length === 0) return { coverage, ranked: [] };
  const total = sumIdf(known, index);
  const perCard = new Map<number, number[]>();
  for (const hit of index.fuse.search(known.join(' '))) {
    const record = hit.item;
    const q = recordQuality(record, hit.score ?? 1, known, index, total);
    const list = perCard.get(record.card);
    if (list) list.push(q);
    else perCard.set(record.card, [q]);
  }
  const ranked = [...perCard].map(([card, qs]) => ({ card, quality: combine(qs) })).sort((a, b) => b.quality - a.quality);
  return { coverage, ranked };
}

// The best record decides; the next ones add a little, because a card that several of its
// questions match is about the question, while a card one keyword happens to match is not.
const FOLLOW_UPS = [1, 0.2, 0.1];
const FOLLOW_UP_SUM = FOLLOW_UPS.reduce((a, b) => a + b, 0);

function combine(qualities: number[]): number {
  qualities.sort((a, b) => b - a);
  return FOLLOW_UPS.reduce((sum, w, i) => sum + w * (qualities[i] ?? 0), 0) / FOLLOW_UP_SUM;
}

import { analyzeText } from './analyze-text.ts';
import { rarityOf, type MatchIndex } from './match-index.ts';
import { expandToken, INTENT_WORDS } from './thesaurus.ts';

export interface RankedCard {
  card: number;
  /** 0 … 1, higher is better. */
  quality: number;
}

export interface Ranking {
  /** Share (by weight) of the question's words that cards use at all: low means off-topic. */
  coverage: number;
  ranked: RankedCard[];
}

// More words than any question has: the rest of a pasted log cannot change the answer, only slow it.
const MAX_WORDS = 24;
const HAN_CHAR = /^\p{Script=Han}$/u;

/** The question's words, misspellings replaced by the known words they most likely mean. */
export function questionWords(text: string, index: MatchIndex): string[] {
  const words = new Set<string>();
  for (const token of analyzeText(text).slice(0, MAX_WORDS)) {
    const fixed = index.correct(token);
    for (const w of fixed ? expandToken(fixed) : [token]) words.add(w);
  }
  return [...words];
}

/**
 * How much a word says about whether the question is ours: rare card words a lot, `docker`
 * (on every card) still some, a stray Chinese character little, any other unknown word much.
 * A word only card bodies use counts half ("today" is in a body, not a docker topic).
 */
function coverageOf(words: readonly string[], index: MatchIndex): number {
  let all = 0;
  let ours = 0;
  for (const w of words) {
    const idf = index.idf.get(w);
    const weight = idf !== undefined ? Math.min(Math.max(idf, 0.5), 2) : HAN_CHAR.test(w) ? 0.4 : 1.5;
    all += weight;
    if (index.fieldWords.has(w)) ours += weight;
    else if (idf !== undefined) ours += weight / 2;
  }
  return all > 0 ? ours / all : 0;
}

// The best record decides; the next ones add a little, because a card that several of its
// questions match is about the question, while a card one keyword happens to match is not.
const FOLLOW_UPS = [1, 0.2, 0.1];
const FOLLOW_UP_SUM = FOLLOW_UPS.reduce((a, b) => a + b, 0);

function combine(qualities: number[]): number {
  qualities.sort((a, b) => b - a);
  return FOLLOW_UPS.reduce((sum, w, i) => sum + w * (qualities[i] ?? 0), 0) / FOLLOW_UP_SUM;
}

/**
 * Per card, how much of the question (by rarity) Fuse's token search finds among its words:
 * each question word is looked up in the vocabulary, and a card gets the best hit it uses.
 */
function fuzzyCoverage(known: readonly string[], index: MatchIndex, total: number): Map<number, number> {
  const coverage = new Map<number, number>();
  for (const w of known) {
    const best = new Map<number, number>();
    for (const [word, quality] of index.similarWords(w)) {
      for (const card of index.wordCards.get(word) ?? []) {
        if (quality > (best.get(card) ?? 0)) best.set(card, quality);
      }
    }
    const share = rarityOf(index.idf, index.maxIdf, w) / total;
    for (const [card, q] of best) coverage.set(card, (coverage.get(card) ?? 0) + share * q);
  }
  return coverage;
}

/**
 * Fuse's token search says how much of the question a card's words cover (fuzzily); per record,
 * exact recall and precision by word rarity sharpen it, so the card whose question says just
 * what was asked wins ties.
 */
export function rankCards(text: string, index: MatchIndex): Ranking {
  const words = questionWords(text, index);
  const coverage = coverageOf(words, index);
  const known = words.filter((w) => index.fieldWords.has(w));
  // "What time is it" asks for a definition of nothing we teach: intent alone names no card.
  if (known.every((w) => INTENT_WORDS.has(w))) return { coverage, ranked: [] };
  const total = known.reduce((sum, w) => sum + rarityOf(index.idf, index.maxIdf, w), 0);
  const fuzzy = fuzzyCoverage(known, index, total);
  const shared = new Map<number, number>();
  for (const w of known) {
    const rarity = rarityOf(index.idf, index.maxIdf, w);
    for (const r of index.postings.get(w) ?? []) shared.set(r, (shared.get(r) ?? 0) + rarity);
  }
  const perCard = new Map<number, number[]>();
  for (const [r, sharedRarity] of shared) {
    const record = index.records[r]!;
    const recall = sharedRarity / total;
    const precision = sharedRarity / record.rarity;
    const q = record.weight * (0.45 * (fuzzy.get(record.card) ?? 0) + 0.35 * recall + 0.2 * precision);
    const list = perCard.get(record.card);
    if (list) list.push(q);
    else perCard.set(record.card, [q]);
  }
  // A card only Fuse's fuzzy search found (a near-miss no exact word explains) still ranks, low.
  for (const [card, f] of fuzzy) if (!perCard.has(card)) perCard.set(card, [0.45 * f]);
  const ranked = [...perCard].map(([card, qs]) => ({ card, quality: combine(qs) })).sort((a, b) => b.quality - a.quality);
  return { coverage, ranked };
}

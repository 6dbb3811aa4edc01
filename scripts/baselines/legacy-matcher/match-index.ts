import Fuse from 'fuse.js';
import type { Card } from '../../../src/knowledge/card-schema.ts';
import { analyzeText } from './analyze-text.ts';
import { cardFields } from './card-fields.ts';
import { isEnglishWord } from './english-words.ts';
import { createSpellCorrector, type SpellCorrector } from './spell-corrector.ts';
import { thesaurusWords } from './thesaurus.ts';

/** One searchable string of a card, already analyzed; `weight` says how much a hit on it is worth. */
export interface MatchRecord {
  card: number;
  weight: number;
  tokens: ReadonlySet<string>;
  /** Summed rarity of its words, for precision. */
  rarity: number;
}

/** One word of the card vocabulary: Fuse searches the vocabulary, so its cost does not grow with cards. */
interface WordDoc {
  word: string;
}

export interface MatchIndex {
  cardIds: readonly string[];
  records: readonly MatchRecord[];
  /** word → indexes of the records that hold it. */
  postings: ReadonlyMap<string, readonly number[]>;
  fuse: Fuse<WordDoc>;
  /** Vocabulary words Fuse finds for one question word, with quality 0 … 1; memoized. */
  similarWords: (word: string) => readonly (readonly [string, number])[];
  /** word → the cards that use it in a matched field. */
  wordCards: ReadonlyMap<string, readonly number[]>;
  /** Inverse card frequency of every word cards use (fields and bodies); unknown words get `maxIdf`. */
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  /** Words of the matched fields; body-only words say "this is about docker" but rank nothing. */
  fieldWords: ReadonlySet<string>;
  correct: SpellCorrector;
}

// Questions are how people ask, so a hit there counts most; the bag catches words spread over fields.
const WEIGHTS = { question: 1, title: 0.95, keyword: 0.9, bag: 0.85 } as const;

// Typos are mostly fixed before Fuse (spell-corrector.ts); 0.2 adds one slip in words of 5+ letters.
// Measured on both question sets: 0.34 ranks the same and costs twice the time.
const FUSE_THRESHOLD = 0.2;

function recordsOf(card: Card, index: number): MatchRecord[] {
  const f = cardFields(card);
  const bag = [f.idWords, ...f.title, ...f.keywords, ...f.commands].join(' \n ');
  const raw: [string, number][] = [
    ...f.questions.map((q): [string, number] => [q, WEIGHTS.question]),
    ...f.title.map((t): [string, number] => [t, WEIGHTS.title]),
    ...f.keywords.map((k): [string, number] => [k, WEIGHTS.keyword]),
    [bag, WEIGHTS.bag],
  ];
  return raw.flatMap(([text, weight]) => {
    const tokens = analyzeText(text);
    return tokens.length ? [{ card: index, weight, tokens: new Set(tokens), rarity: 0 }] : [];
  });
}

function inverseFrequencies(cards: readonly Card[], records: readonly MatchRecord[]) {
  const perCard = cards.map((c) => new Set([...analyzeText(c.body.en), ...analyzeText(c.body.zh)]));
  for (const r of records) for (const t of r.tokens) perCard[r.card]!.add(t);
  const df = new Map<string, number>();
  for (const words of perCard) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = cards.length;
  const idfOf = (d: number) => Math.log(1 + (n - d + 0.5) / (d + 0.5));
  const idf = new Map([...df].map(([w, d]) => [w, idfOf(d)]));
  return { idf, df, maxIdf: idfOf(0) };
}

// Capped: in a few dozen cards a chatty word used once ("including") would look as telling as "cgroup".
export function rarityOf(idf: ReadonlyMap<string, number>, maxIdf: number, word: string): number {
  return Math.min(Math.max(idf.get(word) ?? maxIdf, 0.3), 1.6);
}

function postingsOf(records: readonly MatchRecord[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const t of r.tokens) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  return postings;
}

function wordCardsOf(records: readonly MatchRecord[]): Map<string, number[]> {
  const sets = new Map<string, Set<number>>();
  for (const r of records) {
    for (const t of r.tokens) {
      const set = sets.get(t);
      if (set) set.add(r.card);
      else sets.set(t, new Set([r.card]));
    }
  }
  return new Map([...sets].map(([w, cards]) => [w, [...cards]]));
}

// The vocabulary never changes after start-up, so a word's neighbours can be kept; bounded for abuse.
const MEMO_LIMIT = 5000;

function memoize<T>(f: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = f(key);
    memo.set(key, value);
    return value;
  };
}

/** Builds everything matching needs, once, at start-up. */
export function buildMatchIndex(cards: readonly Card[]): MatchIndex {
  const records = cards.flatMap(recordsOf);
  const { idf, df, maxIdf } = inverseFrequencies(cards, records);
  for (const r of records) for (const t of r.tokens) r.rarity += rarityOf(idf, maxIdf, t);
  const dictionary = new Map(df);
  for (const w of thesaurusWords()) if (!dictionary.has(w)) dictionary.set(w, 0);
  const wordCards = wordCardsOf(records);
  const fuse = new Fuse([...wordCards.keys()].map((word) => ({ word })), {
    keys: ['word'],
    useTokenSearch: true,
    // Cards and questions are analyzed before Fuse sees them: its tokens are our words.
    tokenize: (text: string) => text.split(' ').filter(Boolean),
    threshold: FUSE_THRESHOLD,
    ignoreFieldNorm: true,
    includeScore: true,
    shouldSort: false,
  });
  const fieldWords = new Set(wordCards.keys());
  return {
    cardIds: cards.map((c) => c.id),
    records,
    postings: postingsOf(records),
    fuse,
    similarWords: memoize((w) => fuse.search(w).map((hit) => [hit.item.word, 1 - (hit.score ?? 1)] as const)),
    wordCards,
    idf,
    maxIdf,
    fieldWords,
    correct: createSpellCorrector(dictionary, isEnglishWord),
  };
}

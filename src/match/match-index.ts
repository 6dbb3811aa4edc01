import Fuse from 'fuse.js';
import type { Card } from '../knowledge/card-schema.ts';
import { analyzeText } from './analyze-text.ts';
import { cardFields } from './card-fields.ts';
import { createSpellCorrector, type SpellCorrector } from './spell-corrector.ts';
import { thesaurusWords } from './thesaurus.ts';

/** One searchable string of a card, already analyzed; `weight` says how much a hit on it is worth. */
export interface MatchRecord {
  card: number;
  weight: number;
  tokens: ReadonlySet<string>;
  text: string;
}

export interface MatchIndex {
  cardIds: readonly string[];
  records: readonly MatchRecord[];
  fuse: Fuse<MatchRecord>;
  /** Inverse card frequency of every word cards use (fields and bodies); unknown words get `maxIdf`. */
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  correct: SpellCorrector;
}

// Questions are how people ask, so a hit there counts most; the bag catches words spread over fields.
const WEIGHTS = { question: 1, title: 0.95, keyword: 0.9, bag: 0.85 } as const;

// Token search ignores location; 0.34 lets a one-letter slip in a 3-letter word through, not two.
const FUSE_THRESHOLD = 0.34;

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
    return tokens.length ? [{ card: index, weight, tokens: new Set(tokens), text: tokens.join(' ') }] : [];
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

/** Builds everything matching needs, once, at start-up. */
export function buildMatchIndex(cards: readonly Card[]): MatchIndex {
  const records = cards.flatMap(recordsOf);
  const { idf, df, maxIdf } = inverseFrequencies(cards, records);
  const dictionary = new Map(df);
  for (const w of thesaurusWords()) if (!dictionary.has(w)) dictionary.set(w, 0);
  const fuse = new Fuse(records, {
    keys: ['text'],
    useTokenSearch: true,
    // Records and questions are analyzed before Fuse sees them: its tokens are our words.
    tokenize: (text: string) => text.split(' ').filter(Boolean),
    threshold: FUSE_THRESHOLD,
    ignoreFieldNorm: true,
    includeScore: true,
    shouldSort: false,
  });
  return { cardIds: cards.map((c) => c.id), records, fuse, idf, maxIdf, correct: createSpellCorrector(dictionary) };
}

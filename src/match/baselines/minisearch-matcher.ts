import MiniSearch from 'minisearch';
import type { Card } from '../../knowledge/card-schema.ts';
import { detectLang } from '../../lang/detect-lang.ts';
import { cardFields, type CardFields } from '../card-fields.ts';
import type { Matcher } from '../matcher.ts';

const FIELDS = ['idWords', 'title', 'questions', 'keywords', 'commands'] as const;

/** Baseline: MiniSearch BM25 (fuzzy 0.2, prefix) on the same fields; always answers its best hit. */
export function createMiniSearchMatcher(cards: readonly Card[]): Matcher {
  const search = new MiniSearch<CardFields>({
    fields: [...FIELDS],
    extractField: (doc, field) => {
      const value = doc[field as keyof CardFields];
      return Array.isArray(value) ? value.join('\n') : value;
    },
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  search.addAll(cards.map(cardFields));
  return {
    match(text) {
      const lang = detectLang(text);
      const best = search.search(text)[0];
      return best ? { kind: 'answer', lang, cardId: String(best.id), score: best.score } : { kind: 'none', lang };
    },
  };
}

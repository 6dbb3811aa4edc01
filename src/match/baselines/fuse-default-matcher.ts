import Fuse from 'fuse.js';
import type { Card } from '../../knowledge/card-schema.ts';
import { detectLang } from '../../lang/detect-lang.ts';
import { cardFields } from '../card-fields.ts';
import type { Matcher } from '../matcher.ts';

/** Baseline: fuse.js out of the box (no token search) on the same fields; always answers its best hit. */
export function createFuseDefaultMatcher(cards: readonly Card[]): Matcher {
  const fuse = new Fuse(cards.map(cardFields), {
    keys: ['idWords', 'title', 'questions', 'keywords', 'commands'],
    includeScore: true,
  });
  return {
    match(text) {
      const lang = detectLang(text);
      const best = fuse.search(text, { limit: 1 })[0];
      return best ? { kind: 'answer', lang, cardId: best.item.id, score: best.score ?? 0 } : { kind: 'none', lang };
    },
  };
}

import Fuse from 'fuse.js';
import type { Example } from '../../src/knowledge/example-schema.ts';
import { detectLang } from '../../src/lang/detect-lang.ts';
import type { Matcher } from '../../src/match/matcher.ts';
import { CHATTER, OUTSIDE, type Knowledge } from '../../src/match/training-set.ts';
import { labelledDocs } from './labelled-docs.ts';

/** Baseline: fuse.js out of the box over every training example; the best hit's class wins. */
export function createFuseDefaultMatcher(knowledge: Knowledge, written?: readonly Example[]): Matcher {
  const fuse = new Fuse(labelledDocs(knowledge, written), { keys: ['text'], includeScore: true });
  return {
    match(text) {
      const lang = detectLang(text);
      const best = fuse.search(text, { limit: 1 })[0];
      if (!best || best.item.label === OUTSIDE || best.item.label === CHATTER) return { kind: 'none', lang };
      return { kind: 'answer', lang, cardId: best.item.label, score: best.score ?? 0 };
    },
  };
}

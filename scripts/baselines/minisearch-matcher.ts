import MiniSearch from 'minisearch';
import { detectLang } from '../../src/lang/detect-lang.ts';
import type { Matcher } from '../../src/match/matcher.ts';
import { CHATTER, OUTSIDE, type Knowledge } from '../../src/match/training-set.ts';
import type { Example } from '../../src/knowledge/example-schema.ts';
import { labelledDocs } from './labelled-docs.ts';

/**
 * Baseline: MiniSearch BM25 (fuzzy 0.2, prefix) over every training example as its own document;
 * the best hit's class wins (a hit on an outside or chatter example gives no card).
 */
export function createMiniSearchMatcher(knowledge: Knowledge, written?: readonly Example[]): Matcher {
  const docs = labelledDocs(knowledge, written).map((d, id) => ({ id, ...d }));
  const search = new MiniSearch<{ id: number; text: string; label: string }>({
    fields: ['text'],
    storeFields: ['label'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  search.addAll(docs);
  return {
    match(text) {
      const lang = detectLang(text);
      const best = search.search(text)[0];
      const label = best?.label as string | undefined;
      if (!best || !label || label === CHATTER) return { kind: 'none', lang };
      if (label === OUTSIDE) return { kind: 'none', lang };
      return { kind: 'answer', lang, cardId: label, score: best.score };
    },
  };
}

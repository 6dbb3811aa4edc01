import type { Card } from '../../../src/knowledge/card-schema.ts';
import type { CatalogueEntry } from '../../../src/knowledge/catalogue-schema.ts';
import { detectLang } from '../../../src/lang/detect-lang.ts';
import type { Lang } from '../../../src/lang/lang.ts';
import { DEFAULT_THRESHOLDS, decideOutcome, type Thresholds } from './decide-outcome.ts';
import { buildMatchIndex } from './match-index.ts';
import type { Matcher, MatchResult } from '../../../src/match/matcher.ts';
import { rankCards } from './rank-cards.ts';

// No question is longer; past this it is a paste, and its head says what it is about.
const MAX_CHARS = 2000;

/** Builds the index once (start-up); `match` is pure, fast and never throws. */
export function createLegacyMatcher(
  cards: readonly Card[],
  _catalogue: readonly CatalogueEntry[] = [],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Matcher {
  const index = buildMatchIndex(cards);
  return {
    match(text: string): MatchResult {
      const head = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
      const lang = safeLang(head);
      try {
        return decideOutcome(rankCards(head, index), index.cardIds, lang, thresholds);
      } catch {
        // A matcher bug must cost one answer, not the conversation.
        return { kind: 'none', lang };
      }
    },
  };
}

function safeLang(text: string): Lang {
  try {
    return detectLang(text);
  } catch {
    return 'en';
  }
}

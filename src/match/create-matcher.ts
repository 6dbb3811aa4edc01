import { detectLang } from '../lang/detect-lang.ts';
import type { Lang } from '../lang/lang.ts';
import { decideOutcome, rankClasses, type Thresholds } from './decide-outcome.ts';
import { extractFeatures } from './extract-features.ts';
import { featureOptionsOf, type MatcherModel } from './build-matcher-model.ts';
import { classProbabilities } from './linear-model.ts';
import type { Matcher, MatchResult } from './matcher.ts';
import { nearestTopic } from './topic-index.ts';

// No question is longer; past this it is a paste, and its head says what it is about.
const MAX_CHARS = 4000;

/** A matcher over a built model; `match` is pure, fast and never throws. */
export function createMatcher(model: MatcherModel, thresholds: Thresholds = model.thresholds): Matcher {
  const options = featureOptionsOf(model);
  return {
    match(text: string): MatchResult {
      const head = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
      const lang = safeLang(head);
      try {
        const features = extractFeatures(head, options);
        const probabilities = classProbabilities(model.classifier, features);
        const ranked = rankClasses(model.classifier.classes, probabilities);
        return decideOutcome(ranked, () => nearestTopic(model.topics, features), lang, thresholds);
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

import type { Lang } from '../lang/lang.ts';
import type { MatchResult } from './matcher.ts';
import type { TopicHit } from './topic-index.ts';
import { CHATTER, OUTSIDE } from './training-set.ts';

/** Where "sure", "maybe" and "not ours" begin, on the classifier's own probabilities. */
export interface Thresholds {
  /** The most likely class is a card, this likely: it is the answer. */
  answer: number;
  /** Not sure enough to answer, but the best card is this likely: ask "did you mean" (cards at least half as likely). */
  suggest: number;
  /** The most likely class is "Docker the notes don't teach", this likely, and a catalogue entry this similar: say so. */
  outside: number;
  topic: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { answer: 0.5, suggest: 0.3, outside: 0.4, topic: 0.1 };

const round = (x: number) => Math.round(x * 1000) / 1000;

export interface Ranked {
  c: string;
  p: number;
}

/** Classes by probability, most likely first. */
export function rankClasses(classes: readonly string[], probabilities: ArrayLike<number>): Ranked[] {
  return classes.map((c, i) => ({ c, p: probabilities[i]! })).sort((a, b) => b.p - a.p);
}

export const isCard = (c: string) => c !== CHATTER && c !== OUTSIDE;

/**
 * One probability decides everything, so the outcomes cannot disagree: an answer is the most
 * likely class by at least `answer`, and a "did you mean" is always less likely than any answer.
 * Scores are 1 − probability (0 is certain).
 */
export function decideOutcome(ranked: readonly Ranked[], topic: () => TopicHit | null, lang: Lang, t: Thresholds): MatchResult {
  const top = ranked[0];
  if (!top) return { kind: 'none', lang };
  if (isCard(top.c) && top.p >= t.answer) return { kind: 'answer', lang, cardId: top.c, score: round(1 - top.p) };
  if (top.c === OUTSIDE && top.p >= t.outside) {
    const hit = topic();
    if (hit && hit.similarity >= t.topic) return { kind: 'outside', lang, topicId: hit.id, score: round(1 - top.p) };
  }
  const cards = ranked.filter((r) => isCard(r.c));
  const best = cards[0];
  if (best && best.p >= t.suggest && top.c !== CHATTER) {
    const near = cards.filter((r) => r.p >= best.p / 2).slice(0, 3);
    return { kind: 'suggestions', lang, cardIds: near.map((r) => r.c), score: round(1 - best.p) };
  }
  return { kind: 'none', lang };
}

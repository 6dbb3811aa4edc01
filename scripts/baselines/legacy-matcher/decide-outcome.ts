import type { Lang } from '../../../src/lang/lang.ts';
import type { MatchResult } from '../../../src/match/matcher.ts';
import type { Ranking } from './rank-cards.ts';

/** Where "sure", "maybe" and "not ours" begin; calibrated on test/eval/*.jsonl (see scripts/eval.ts). */
export interface Thresholds {
  answerQuality: number;
  answerGap: number;
  answerCoverage: number;
  suggestQuality: number;
  suggestCoverage: number;
  /** Suggestions are the cards within this much of the best one. */
  suggestBand: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  answerQuality: 0.4,
  // Measured on both sets: the best card is right 215 times in 217, but neighbours trail it by
  // 0.001–0.03, so a wider gap only turns right answers into questions. A tie asks back.
  answerGap: 0.0005,
  answerCoverage: 0.45,
  suggestQuality: 0.35,
  suggestCoverage: 0.3,
  suggestBand: 0.15,
};

/** Absolute quality and the lead over the runner-up decide; coverage keeps off-topic text out. */
export function decideOutcome(ranking: Ranking, cardIds: readonly string[], lang: Lang, t: Thresholds): MatchResult {
  const [first, second] = ranking.ranked;
  if (!first) return { kind: 'none', lang };
  const score = round(1 - first.quality);
  const gap = first.quality - (second?.quality ?? 0);
  if (ranking.coverage >= t.answerCoverage && first.quality >= t.answerQuality && gap >= t.answerGap) {
    return { kind: 'answer', lang, cardId: cardIds[first.card]!, score };
  }
  if (ranking.coverage >= t.suggestCoverage && first.quality >= t.suggestQuality) {
    const near = ranking.ranked.filter((r) => r.quality >= first.quality - t.suggestBand).slice(0, 3);
    return { kind: 'suggestions', lang, cardIds: near.map((r) => cardIds[r.card]!), score };
  }
  return { kind: 'none', lang };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

import { isCard, type Ranked, type Thresholds } from './decide-outcome.ts';
import { CHATTER, OUTSIDE } from './training-set.ts';

/** A prediction made without the example (out of fold), and what the example really was. */
export interface HeldOutPrediction {
  ranked: Ranked[];
  /** The card that answers it, or OUTSIDE / CHATTER. */
  truth: string;
  /** Similarity of the nearest catalogue entry. */
  topic: number;
}

const grid = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/**
 * Thresholds from predictions on examples the model did not learn from: the answer threshold that
 * best balances "the right card for in-scope messages" with "no card for the rest" (equal weight),
 * then the outside threshold that best tells Docker-outside-the-notes from chatter.
 */
export function chooseThresholds(predictions: readonly HeldOutPrediction[]): Thresholds {
  const inScope = predictions.filter((p) => isCard(p.truth));
  const oos = predictions.filter((p) => !isCard(p.truth));
  let answer = 0.5;
  let best = -1;
  for (const a of grid(0.2, 0.95, 0.01)) {
    const right = inScope.filter((p) => p.ranked[0]!.c === p.truth && p.ranked[0]!.p >= a).length / Math.max(1, inScope.length);
    const rejected = oos.filter((p) => !(isCard(p.ranked[0]!.c) && p.ranked[0]!.p >= a)).length / Math.max(1, oos.length);
    const score = (right + rejected) / 2;
    if (score > best + 1e-9) [best, answer] = [score, a];
  }
  let outside = 0.4;
  let topic = 0.1;
  let bestOutside = -1;
  for (const o of grid(0.2, 0.9, 0.05)) {
    for (const t of grid(0, 0.3, 0.05)) {
      const says = (p: HeldOutPrediction) => p.ranked[0]!.c === OUTSIDE && p.ranked[0]!.p >= o && p.topic >= t;
      const good = oos.filter((p) => (p.truth === OUTSIDE) === says(p)).length + inScope.filter((p) => !says(p)).length;
      if (good > bestOutside) [bestOutside, outside, topic] = [good, o, t];
    }
  }
  return { answer, suggest: Math.max(0.15, answer * 0.6), outside, topic };
}

export { CHATTER, OUTSIDE };

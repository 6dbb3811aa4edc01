import { describe, expect, it } from 'vitest';
import { chooseThresholds, type HeldOutPrediction } from '../../src/match/choose-thresholds.ts';
import { CHATTER, OUTSIDE } from '../../src/match/training-set.ts';

const pred = (top: string, p: number, truth: string, topic = 0.5): HeldOutPrediction => ({ ranked: [{ c: top, p }, { c: 'z', p: 1 - p }], truth, topic });

describe('chooseThresholds', () => {
  it('puts the answer threshold between right answers and confident off-topic guesses', () => {
    const predictions = [
      ...Array.from({ length: 20 }, () => pred('a', 0.9, 'a')),
      ...Array.from({ length: 20 }, () => pred('a', 0.45, OUTSIDE)),
    ];
    const t = chooseThresholds(predictions);
    expect(t.answer).toBeGreaterThan(0.45);
    expect(t.answer).toBeLessThanOrEqual(0.9);
    expect(t.suggest).toBeLessThan(t.answer);
  });

  it('picks an outside threshold that tells Docker outside the notes from chatter', () => {
    const predictions = [
      ...Array.from({ length: 10 }, () => pred(OUTSIDE, 0.8, OUTSIDE)),
      ...Array.from({ length: 10 }, () => pred(OUTSIDE, 0.3, CHATTER)),
    ];
    const t = chooseThresholds(predictions);
    expect(t.outside).toBeGreaterThan(0.3);
    expect(t.outside).toBeLessThanOrEqual(0.8);
  });
});

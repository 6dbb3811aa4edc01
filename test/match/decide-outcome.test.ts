import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, decideOutcome } from '../../src/match/decide-outcome.ts';

const ids = ['a', 'b', 'c', 'd'];
const t = DEFAULT_THRESHOLDS;
const ranking = (coverage: number, ...qualities: number[]) => ({
  coverage,
  ranked: qualities.map((quality, card) => ({ card, quality })),
});

describe('decideOutcome', () => {
  it('answers a clear, on-topic winner with score = 1 - quality', () => {
    expect(decideOutcome(ranking(1, 0.9, 0.5), ids, 'en', t)).toEqual({ kind: 'answer', lang: 'en', cardId: 'a', score: 0.1 });
  });
  it('asks back on a tie, listing the close cards (at most 3)', () => {
    const r = decideOutcome(ranking(1, 0.9, 0.9, 0.88, 0.87), ids, 'zh-TW', t);
    expect(r).toMatchObject({ kind: 'suggestions', lang: 'zh-TW', cardIds: ['a', 'b', 'c'] });
  });
  it('asks back when the question is only partly about cards', () => {
    expect(decideOutcome(ranking(t.answerCoverage - 0.01, 0.9), ids, 'en', t).kind).toBe('suggestions');
  });
  it('says none for off-topic text even with a strong best card', () => {
    expect(decideOutcome(ranking(t.suggestCoverage - 0.01, 1), ids, 'en', t)).toEqual({ kind: 'none', lang: 'en' });
  });
  it('says none for weak matches and for no cards at all', () => {
    expect(decideOutcome(ranking(1, t.suggestQuality - 0.01), ids, 'en', t).kind).toBe('none');
    expect(decideOutcome(ranking(0), ids, 'zh-CN', t)).toEqual({ kind: 'none', lang: 'zh-CN' });
  });
});

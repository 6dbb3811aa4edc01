import { describe, expect, it } from 'vitest';
import { decideOutcome, rankClasses, type Thresholds } from '../../src/match/decide-outcome.ts';
import { CHATTER, OUTSIDE } from '../../src/match/training-set.ts';

const t: Thresholds = { answer: 0.5, suggest: 0.3, outside: 0.4, topic: 0.1 };
const classes = ['a', 'b', 'c', OUTSIDE, CHATTER];
const decide = (p: number[], topic = { id: 'topic-volumes', similarity: 0.5 }) => decideOutcome(rankClasses(classes, p), () => topic, 'en', t);

describe('decideOutcome', () => {
  it('answers when the most likely class is a card, likely enough; the score is 1 − p', () => {
    expect(decide([0.7, 0.1, 0.1, 0.05, 0.05])).toEqual({ kind: 'answer', lang: 'en', cardId: 'a', score: 0.3 });
  });
  it('asks "did you mean" below the answer threshold, with the cards at least half as likely', () => {
    expect(decide([0.4, 0.25, 0.15, 0.1, 0.1])).toMatchObject({ kind: 'suggestions', cardIds: ['a', 'b'], score: 0.6 });
  });
  it('says "outside the notes" when that is most likely and a catalogue entry is near enough', () => {
    expect(decide([0.2, 0.1, 0.1, 0.5, 0.1])).toMatchObject({ kind: 'outside', topicId: 'topic-volumes', score: 0.5 });
    expect(decide([0.2, 0.1, 0.1, 0.5, 0.1], { id: 'topic-volumes', similarity: 0.05 }).kind).toBe('none');
  });
  it('gives nothing to chatter, even with a card close behind', () => {
    expect(decide([0.3, 0.05, 0.05, 0.05, 0.55])).toEqual({ kind: 'none', lang: 'en' });
  });
  it('never lets a suggestion be more likely than an answer would have been', () => {
    for (let p = 0; p <= 1; p += 0.05) {
      const r = decide([p, (1 - p) / 4, (1 - p) / 4, (1 - p) / 4, (1 - p) / 4]);
      if (r.kind === 'suggestions') expect(p).toBeLessThan(t.answer);
      if (r.kind === 'answer') expect(p).toBeGreaterThanOrEqual(t.answer);
    }
  });
});

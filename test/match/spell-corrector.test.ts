import { describe, expect, it } from 'vitest';
import { allowedEdits, createSpellCorrector, protectedWordsOf } from '../../src/match/spell-corrector.ts';

const vocabulary = new Map([['container', 40], ['image', 50], ['history', 10], ['launch', 2], ['remove', 30], ['namespace', 8]]);

describe('createSpellCorrector', () => {
  const correct = createSpellCorrector(vocabulary, new Set(['lunch']));
  it('fixes one slip, swaps included', () => {
    expect(correct('contianer')).toBe('container');
    expect(correct('imgae')).toBe('image');
    expect(correct('histroy')).toBe('history');
    expect(correct('remvoe')).toBe('remove');
  });
  it('never corrects a known or protected word, nor short words and non-words', () => {
    expect(correct('image')).toBeNull();
    expect(correct('lunch')).toBeNull();
    expect(correct('img')).toBeNull();
    expect(correct('-aq')).toBeNull();
  });
  it('allows one edit from four letters and two from ten', () => {
    expect([3, 4, 9, 10].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
});

describe('protectedWordsOf', () => {
  it('keeps the real words within reach of the vocabulary, and only those', () => {
    expect(protectedWordsOf(vocabulary.keys(), ['lunch', 'images', 'zebra', 'container'])).toEqual(['lunch', 'images']);
  });
});

import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/match/edit-distance.ts';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('remoev', 'remove', 3)).toBe(1);
    expect(editDistance('histroy', 'history', 3)).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('exted', 'exited', 3)).toBe(1);
    expect(editDistance('dockerr', 'docker', 3)).toBe(1);
    expect(editDistance('bake', 'base', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });
  it('is 0 for equal strings, including empty ones', () => {
    expect(editDistance('', '', 1)).toBe(0);
    expect(editDistance('image', 'image', 0)).toBe(0);
  });
  it('stops at max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

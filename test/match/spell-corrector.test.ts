import { describe, expect, it } from 'vitest';
import { createSpellCorrector } from '../../src/match/spell-corrector.ts';

const correct = createSpellCorrector(
  new Map([['remove', 5], ['namespace', 3], ['history', 2], ['list', 9], ['pull', 2], ['base', 4], ['cpu', 1], ['container', 8]]),
);

describe('createSpellCorrector', () => {
  it('fixes one slip in longer words', () => {
    expect(correct('remoev')).toBe('remove');
    expect(correct('histroy')).toBe('history');
    expect(correct('namepsace')).toBe('namespace');
  });
  it('fixes two slips from ten letters on', () => {
    expect(correct('cnotaineer')).toBe('container');
  });
  it('lets short words only lose a letter or swap two', () => {
    expect(correct('pul')).toBe('pull');
    expect(correct('lsit')).toBe('list');
    expect(correct('bake')).toBeNull();
    expect(correct('cup')).toBeNull();
  });
  it('leaves known, unfixable and non-letter words alone', () => {
    expect(correct('remove')).toBeNull();
    expect(correct('qwertyuiop')).toBeNull();
    expect(correct('-aq')).toBeNull();
    expect(correct('')).toBeNull();
  });
  it('never turns a real English word of five letters or more into a card word', () => {
    const words = new Map([['launch', 3], ['exited', 4], ['list', 2]]);
    const english = new Set(['lunch', 'lists']);
    const withDictionary = createSpellCorrector(words, (w) => english.has(w));
    expect(createSpellCorrector(words)('lunch')).toBe('launch');
    expect(withDictionary('lunch')).toBeNull();
    expect(withDictionary('exted')).toBe('exited');
    expect(withDictionary('lsit')).toBe('list');
  });
});

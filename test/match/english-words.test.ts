import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/match/english-words.ts';

describe('isEnglishWord', () => {
  it('knows ordinary words and not the typos learners make', () => {
    expect(['lunch', 'weather', 'movie', 'launch', 'exited'].every(isEnglishWord)).toBe(true);
    expect(['exted', 'remoev', 'histroy', 'namepsaces', 'dockr'].some(isEnglishWord)).toBe(false);
  });
});

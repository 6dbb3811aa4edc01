import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

/**
 * Whether a word is ordinary English (274k words, the `word-list` package). Loaded on first use
 * (~100 ms), because only questions with an unknown word of five letters or more need it.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}

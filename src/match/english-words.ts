import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: string[] | undefined;

/**
 * Ordinary English (274k words, the `word-list` package), read only while a model is built: the
 * running matcher keeps just the few thousand that sit near its vocabulary (spell-corrector.ts).
 */
export function englishWords(): readonly string[] {
  return (words ??= readFileSync(wordListPath, 'utf8').split('\n'));
}

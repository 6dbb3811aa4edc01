import type { ConceptGroup } from '../knowledge/load-concepts.ts';
import { tokensOf } from './extract-features.ts';
import { foldText } from './fold-text.ts';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const MAX_PHRASE = 8;

export interface ConceptFinder {
  /** Names of the concepts a folded text mentions (each once), given its words (`wordsOf`). */
  find(folded: string, words: readonly string[]): string[];
}

/**
 * Matches concept words in text already folded by `foldText`: English words and phrases by their
 * (plural-folded) words, Chinese ones as substrings of Han runs, symbols (`$(`, `-it`) as written.
 * Linear in the text: every lookup is a set probe over a bounded window.
 */
export function createConceptFinder(groups: readonly ConceptGroup[]): ConceptFinder {
  const english = new Map<string, Set<string>>();
  const chinese = new Map<string, Set<string>>();
  const symbols: [string, string][] = [];
  let longestWords = 1;
  const put = (map: Map<string, Set<string>>, key: string, name: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(name);
  for (const { name, words } of groups) {
    for (const raw of words) {
      const w = foldText(raw);
      if (HAN.test(w)) put(chinese, w, name);
      else if (/^[\p{L}\p{N}][\p{L}\p{N} '-]*$/u.test(w)) {
        const parts = tokensOf(w);
        longestWords = Math.max(longestWords, parts.length);
        put(english, parts.join(' '), name);
      } else symbols.push([w, name]);
    }
  }
  return {
    find(folded, words) {
      const found = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        let phrase = '';
        for (let n = 0; n < longestWords && i + n < words.length; n++) {
          phrase = n === 0 ? words[i]! : `${phrase} ${words[i + n]!}`;
          for (const name of english.get(phrase) ?? []) found.add(name);
        }
      }
      for (const m of folded.matchAll(HAN_RUN)) {
        const run = m[0];
        for (let i = 0; i < run.length; i++) {
          for (let n = 1; n <= MAX_PHRASE && i + n <= run.length; n++) for (const name of chinese.get(run.slice(i, i + n)) ?? []) found.add(name);
        }
      }
      for (const [symbol, name] of symbols) if (folded.includes(symbol)) found.add(name);
      return [...found];
    },
  };
}

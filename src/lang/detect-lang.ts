import type { Lang } from './lang.ts';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './generated/script-chars.ts';

const HAN = /\p{Script=Han}/u;
const SIMPLIFIED = new Set(SIMPLIFIED_ONLY);
const TRADITIONAL = new Set(TRADITIONAL_ONLY);

/**
 * Any Han character makes the text Chinese (learners mix English docker words into Chinese
 * sentences, never the reverse). Which script it is comes only from characters that exist in one
 * script alone (GB 2312 vs Big5): 台, 只, 著, 後 are written in both, so they decide nothing. With no
 * evidence either way, the notes' own Traditional wins.
 */
export function detectLang(text: string): Lang {
  if (!HAN.test(text)) return 'en';
  let simplified = 0;
  let traditional = 0;
  for (const c of text) {
    if (SIMPLIFIED.has(c)) simplified++;
    else if (TRADITIONAL.has(c)) traditional++;
  }
  return simplified > traditional ? 'zh-CN' : 'zh-TW';
}

import type { Lang } from './lang.ts';
import { toTraditional } from './convert-chinese.ts';

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}+/gu;

/**
 * Any Han character makes the question Chinese (learners mix English docker words into Chinese
 * sentences, never the reverse). It is Simplified when converting to Traditional changes it.
 */
export function detectLang(text: string): Lang {
  if (!HAN.test(text)) return 'en';
  const han = (text.match(HAN_ALL) ?? []).join('');
  return toTraditional(han) === han ? 'zh-TW' : 'zh-CN';
}

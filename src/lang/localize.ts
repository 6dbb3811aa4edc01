import { toSimplified } from './convert-chinese.ts';
import { cardLang, type Lang } from './lang.ts';

/** Text written in English or Traditional Chinese, as a reply in `lang` shows it (Simplified is derived). */
export function inLang(text: string, lang: Lang): string {
  return lang === 'zh-CN' ? toSimplified(text) : text;
}

/** The half of a bilingual pair that serves `lang`. */
export function pickLang(text: { en: string; zh: string }, lang: Lang): string {
  return inLang(text[cardLang(lang)], lang);
}

/** Fills `{name}` placeholders; unknown names stay as written. */
export function fillVars(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

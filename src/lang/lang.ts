/** The languages Dockhand answers in. Cards are written in `en` and `zh-TW`; `zh-CN` is derived. */
export type Lang = 'en' | 'zh-TW' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-TW', 'zh-CN'];

/** Which of a card's two written languages serves a reply language. */
export function cardLang(lang: Lang): 'en' | 'zh' {
  return lang === 'en' ? 'en' : 'zh';
}

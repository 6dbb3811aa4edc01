import type { Lang } from '../lang/lang.ts';
import { pickLang } from '../lang/localize.ts';
import type { CardRef, CardView } from '../reply.ts';
import type { Card } from './card-schema.ts';

export interface CardStore {
  all(): readonly Card[];
  get(id: string): Card | undefined;
  /** The card in one reply language (zh-CN converted from the Traditional text). */
  view(id: string, lang: Lang): CardView | undefined;
  ref(id: string, lang: Lang): CardRef | undefined;
}

export function createCardStore(cards: readonly Card[]): CardStore {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const cache = new Map<string, CardView>();

  const ref = (id: string, lang: Lang): CardRef | undefined => {
    const card = byId.get(id);
    return card && { id, title: pickLang(card.title, lang) };
  };

  const build = (card: Card, lang: Lang): CardView => {
    return {
      id: card.id,
      title: pickLang(card.title, lang),
      body: pickLang(card.body, lang),
      commands: card.commands.map((c) => ({
        cmd: c.cmd,
        readOnly: c.readOnly,
        ...(c.note ? { note: pickLang(c.note, lang) } : {}),
      })),
      source: card.source,
      related: card.related.flatMap((id) => ref(id, lang) ?? []),
    };
  };

  return {
    all: () => cards,
    get: (id) => byId.get(id),
    ref,
    view(id, lang) {
      const key = `${lang}:${id}`;
      const card = byId.get(id);
      if (!card) return undefined;
      let view = cache.get(key);
      if (!view) cache.set(key, (view = build(card, lang)));
      return view;
    },
  };
}

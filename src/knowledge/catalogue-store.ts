import type { Lang } from '../lang/lang.ts';
import { pickLang } from '../lang/localize.ts';
import type { TopicView } from '../reply.ts';
import type { CatalogueEntry } from './catalogue-schema.ts';

export interface CatalogueStore {
  all(): readonly CatalogueEntry[];
  get(id: string): CatalogueEntry | undefined;
  /** The entry in one reply language (zh-CN derived from the Traditional text). */
  view(id: string, lang: Lang): TopicView | undefined;
}

export function createCatalogueStore(entries: readonly CatalogueEntry[]): CatalogueStore {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    all: () => entries,
    get: (id) => byId.get(id),
    view(id, lang) {
      const e = byId.get(id);
      return e && { id, title: pickLang(e.name, lang), summary: pickLang(e.summary, lang), docs: e.docs };
    },
  };
}

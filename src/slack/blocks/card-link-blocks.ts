import type { CardRef } from '../../reply.ts';
import type { Lang } from '../../lang/lang.ts';
import { ACTION, cardValue } from './action-ids.ts';
import { actions, button } from './elements.ts';
import type { Block } from './slack-limits.ts';
import { msg } from '../../i18n/messages.ts';

/** A "Learn more: <card>" button after a refusal or a dry run. */
export function cardLinkBlocks(card: CardRef | null, lang: Lang): Block[] {
  if (!card) return [];
  return actions([button(`${msg(lang, 'learnIt')}: ${card.title}`, `${ACTION.related}:0`, cardValue({ lang, id: card.id }))]);
}

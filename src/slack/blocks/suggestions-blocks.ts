import type { SuggestionsReply } from '../../reply.ts';
import { ACTION, cardValue } from './action-ids.ts';
import { actions, button, section } from './elements.ts';
import type { Block } from './slack-limits.ts';
import { msg } from '../../i18n/messages.ts';

/** "Did you mean" as one button per suggested card. */
export function suggestionsBlocks({ suggestions, lang }: SuggestionsReply): Block[] {
  return [
    section(msg(lang, 'didYouMean')),
    ...actions(suggestions.slice(0, 5).map((s, i) => button(s.title, `${ACTION.suggestion}:${i}`, cardValue({ lang, id: s.id })))),
  ];
}

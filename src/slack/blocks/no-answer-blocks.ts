import type { NoAnswerReply } from '../../reply.ts';
import { msg } from '../../i18n/messages.ts';
import { section } from './elements.ts';
import type { Block } from './slack-limits.ts';

/** Never a random card: say so, and point at help. */
export function noAnswerBlocks({ lang }: NoAnswerReply): Block[] {
  return [section(msg(lang, 'noAnswer'))];
}

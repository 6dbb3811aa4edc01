import type { RefusedReply } from '../../reply.ts';
import { cardLinkBlocks } from './card-link-blocks.ts';
import { codeBlock, section } from './elements.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { clip, type Block } from './slack-limits.ts';
import { msg } from '../../i18n/messages.ts';

/** Why the sandbox will not run it, and the card that teaches it. */
export function refusedBlocks({ command, reason, card, lang }: RefusedReply): Block[] {
  const shown = command ? `\n${codeBlock(escapeMrkdwn(clip(commandText(command), 500)))}` : '';
  return [section(`🚫 *${msg(lang, 'refusedPrefix')}*${shown}\n${escapeMrkdwn(clip(reason, 2000))}`), ...cardLinkBlocks(card, lang)];
}

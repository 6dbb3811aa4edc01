import { msg } from '../../i18n/messages.ts';
import type { DryRunReply } from '../../reply.ts';
import { cardLinkBlocks } from './card-link-blocks.ts';
import { codeBlock, codeSections, context, section } from './elements.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { clip, LIMITS, type Block } from './slack-limits.ts';

/** What a cleanup idiom would remove right now, and that nothing was removed. */
export function dryRunBlocks({ command, listed, output, count, card, lang }: DryRunReply): Block[] {
  const verdict = count > 0 ? msg(lang, 'dryRunHeader', { count }) : msg(lang, 'dryRunNone');
  const head = [
    section(`🧪 ${codeBlock(escapeMrkdwn(clip(commandText(command), 500)))}\n*${escapeMrkdwn(verdict)}*`),
    context(`${escapeMrkdwn(msg(lang, 'listedWith'))}: \`${escapeMrkdwn(clip(commandText(listed), 500))}\``),
  ];
  const link = cardLinkBlocks(card, lang);
  const out = count > 0 && output.trim() ? codeSections(output, LIMITS.messageBlocks - head.length - link.length) : [];
  return [...head, ...out, ...link];
}

import { msg } from '../../i18n/messages.ts';
import { dryRunTable, dryRunVerdict } from '../../render/dry-run-table.ts';
import type { DryRunReply } from '../../reply.ts';
import { cardLinkBlocks } from './card-link-blocks.ts';
import { codeBlock, codeSections, context, section } from './elements.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { clip, LIMITS, type Block } from './slack-limits.ts';

/** What a cleanup idiom would remove right now, and that nothing was removed. */
export function dryRunBlocks(reply: DryRunReply): Block[] {
  const { command, listed, card, lang } = reply;
  const verdict = dryRunVerdict(reply);
  const head = [
    section(`🧪 ${codeBlock(escapeMrkdwn(clip(commandText(command), 500)))}\n*${escapeMrkdwn(verdict)}*`),
    context(`${escapeMrkdwn(msg(lang, 'listedWith'))}: \`${escapeMrkdwn(clip(commandText(listed), 500))}\``),
  ];
  const link = cardLinkBlocks(card, lang);
  const table = dryRunTable(reply);
  const out = table ? codeSections(table, LIMITS.messageBlocks - head.length - link.length) : [];
  return [...head, ...out, ...link];
}

import type { AnswerReply, CardView } from '../../reply.ts';
import type { Lang } from '../../lang/lang.ts';
import { ACTION, cardValue, runBlockId } from './action-ids.ts';
import { actions, button, codeBlock, context, divider, header, section, sections } from './elements.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { LIMITS, type Block } from './slack-limits.ts';
import { msg, sourceLabel } from '../../i18n/messages.ts';
import { slackMsg } from './strings.ts';
import { toMrkdwn } from './to-mrkdwn.ts';

export interface AnswerOptions {
  /** Ephemeral answers offer "Share in channel". */
  share: boolean;
  /** Without a sandbox there is nothing to run, so no "Run on sandbox" buttons. */
  sandbox: boolean;
  /** A shared copy says who shared it. */
  sharedBy?: string;
}

const MAX_COMMANDS = 8;
const MAX_RELATED = 5;

function commandBlocks(card: CardView): Block[] {
  return card.commands.slice(0, MAX_COMMANDS).map(({ cmd, note }) =>
    section(`${codeBlock(escapeMrkdwn(cmd))}${note ? `\n_${escapeMrkdwn(note)}_` : ''}`),
  );
}

function runButtons(card: CardView, lang: Lang) {
  return card.commands
    .slice(0, MAX_COMMANDS)
    .filter((c) => c.readOnly)
    .map((c, i) => button(`▶ ${slackMsg(lang, 'run')}: ${c.cmd}`, `${ACTION.run}:${i}`, c.cmd));
}

function relatedBlocks(card: CardView, lang: Lang): Block[] {
  const related = card.related.slice(0, MAX_RELATED);
  if (related.length === 0) return [];
  return [
    context(`*${msg(lang, 'related')}*`),
    ...actions(related.map((r, i) => button(r.title, `${ACTION.related}:${i}`, cardValue({ lang, id: r.id })))),
  ];
}

function footerButtons(card: CardView, lang: Lang, share: boolean) {
  return [
    ...(share ? [button(slackMsg(lang, 'share'), ACTION.share, cardValue({ lang, id: card.id }), 'primary')] : []),
    button(slackMsg(lang, 'helpful'), ACTION.feedbackUp, cardValue({ lang, id: card.id })),
    button(slackMsg(lang, 'notHelpful'), ACTION.feedbackDown, cardValue({ lang, id: card.id })),
  ];
}

/** A card: title, answer, commands as code, source, related cards, run/share/feedback buttons. */
export function answerBlocks({ card, lang }: AnswerReply, options: AnswerOptions): Block[] {
  const tail: Block[] = [
    ...(card.commands.length > 0 ? [divider, ...commandBlocks(card)] : []),
    ...(options.sandbox ? actions(runButtons(card, lang), runBlockId({ lang, id: card.id })) : []),
    context(`📖 ${sourceLabel(lang)}: ${escapeMrkdwn(card.source)}`),
    ...relatedBlocks(card, lang),
    ...actions(footerButtons(card, lang, options.share)),
    ...(options.sharedBy ? [context(slackMsg(lang, 'sharedBy', { user: options.sharedBy }))] : []),
  ];
  const room = LIMITS.messageBlocks - 1 - tail.length;
  const body = card.body.trim() ? sections(toMrkdwn(card.body), room) : [];
  return [header(card.title), ...body, ...tail];
}

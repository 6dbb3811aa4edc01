import { msg } from '../../i18n/messages.ts';
import type { OutsideNotesReply } from '../../reply.ts';
import { ACTION, cardValue } from './action-ids.ts';
import { actions, button, context, section } from './elements.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import type { Block } from './slack-limits.ts';

/** Honest about the notes: what it is in one line, where Docker documents it, the closest card. */
export function outsideNotesBlocks({ topic, nearest, lang }: OutsideNotesReply): Block[] {
  const head = escapeMrkdwn(msg(lang, 'outsideNotes', { title: topic.title }));
  return [
    section(`*${head}*\n${escapeMrkdwn(topic.summary)}`),
    context(`📘 ${escapeMrkdwn(msg(lang, 'docs'))}: <${topic.docs}|${escapeMrkdwn(topic.docs)}>`),
    ...(nearest
      ? [
          context(`*${escapeMrkdwn(msg(lang, 'nearestCard'))}*`),
          ...actions([button(nearest.title, `${ACTION.related}:0`, cardValue({ lang, id: nearest.id }))]),
        ]
      : []),
  ];
}

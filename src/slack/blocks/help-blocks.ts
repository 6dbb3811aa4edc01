import { msg, msgList } from '../../i18n/messages.ts';
import type { HelpReply } from '../../reply.ts';
import { context, divider, section } from './elements.ts';
import type { Block } from './slack-limits.ts';
import { slackMsg } from './strings.ts';

const examples = (list: string[]) => list.map((x) => `\`/docker ${x}\``).join('\n');

/** What Dockhand can do, with examples to copy; the same phrases as the shell's help. */
export function helpBlocks({ lang }: HelpReply, topics: number): Block[] {
  return [
    section(`*${msg(lang, 'helpTitle')}*`),
    divider,
    section(`${msg(lang, 'helpAsk')}\n${examples(msgList(lang, 'helpAskExamples'))}`),
    section(`${msg(lang, 'helpRun')}\n${examples(msgList(lang, 'helpRunExamples'))}`),
    section(msg(lang, 'helpSafe')),
    section(slackMsg(lang, 'helpSlack')),
    context(slackMsg(lang, 'helpTopics', { n: topics })),
  ];
}

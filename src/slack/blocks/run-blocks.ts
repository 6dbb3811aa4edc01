import type { RunReply } from '../../reply.ts';
import { codeSections, context } from './elements.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { LIMITS, type Block } from './slack-limits.ts';
import { slackMsg } from './strings.ts';

/** The docker CLI's text in code blocks, bounded to one message. */
export function runBlocks({ command, output, lang }: RunReply): Block[] {
  return [
    context(slackMsg(lang, 'ranOn', { cmd: escapeMrkdwn(commandText(command)) })),
    ...codeSections(output, LIMITS.messageBlocks - 1),
  ];
}

import type { ErrorReply } from '../../reply.ts';
import { codeBlock, section } from './elements.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { clip, type Block } from './slack-limits.ts';
import { slackMsg } from './strings.ts';

/** The sandbox could not answer: say what was asked and what went wrong. */
export function errorBlocks({ command, message, lang }: ErrorReply): Block[] {
  const shown = command ? `\n${codeBlock(escapeMrkdwn(clip(commandText(command), 500)))}` : '';
  return [section(`⚠️ *${slackMsg(lang, 'error')}*${shown}\n${escapeMrkdwn(clip(message, 2000))}`)];
}

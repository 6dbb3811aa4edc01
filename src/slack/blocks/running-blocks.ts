import type { Lang } from '../../lang/lang.ts';
import { redactText } from '../../sandbox/format/redact-text.ts';
import { context } from './elements.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { clip } from './slack-limits.ts';
import type { Block } from './slack-limits.ts';
import { slackMsg } from './strings.ts';

/** The placeholder shown while a sandbox command runs; the output replaces it. */
export function runningText(text: string, lang: Lang): string {
  return slackMsg(lang, 'running', { cmd: escapeMrkdwn(clip(redactText(commandText(text)), 200)) });
}

export function runningBlocks(text: string, lang: Lang): Block[] {
  return [context(`⏳ ${runningText(text, lang)}`)];
}

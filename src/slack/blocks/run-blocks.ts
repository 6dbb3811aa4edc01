import type { RunReply } from '../../reply.ts';
import { ACTION } from './action-ids.ts';
import { codeSections, context, sectionWithMenu } from './elements.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { psContainers, type PsContainer } from './ps-containers.ts';
import { LIMITS, type Block } from './slack-limits.ts';
import { slackMsg } from './strings.ts';

export interface RunBlockOptions {
  /** Where the whole output went as a file, when `full` was uploaded. */
  file?: 'here' | 'dm';
  /** Blocks this reply may use (a card shown above it takes the rest). */
  maxBlocks?: number;
}

const MAX_STEPS = 15;

/** Per container, its next read-only steps; a click runs the chosen value like a typed command. */
function stepBlocks(containers: PsContainer[], room: number, lang: RunReply['lang']): Block[] {
  if (containers.length === 0 || room < 2) return [];
  const shown = containers.slice(0, Math.min(MAX_STEPS, room - 1));
  const blocks = shown.map((c) => {
    const steps = [`docker logs --tail 20 ${c.ref}`, `docker inspect ${c.ref}`, ...(c.running ? [`docker top ${c.ref}`] : [])];
    return sectionWithMenu(`\`${escapeMrkdwn(c.ref)}\``, ACTION.step, steps.map((s) => ({ text: s, value: s })));
  });
  const more = containers.length - shown.length;
  return [context(slackMsg(lang, 'nextSteps')), ...blocks, ...(more > 0 ? [context(slackMsg(lang, 'moreContainers', { n: more }))] : [])].slice(0, room);
}

/** The docker CLI's text in code blocks, bounded to one message; a `ps` offers each container's next steps. */
export function runBlocks(reply: RunReply, options: RunBlockOptions = {}): Block[] {
  const { command, output, lang } = reply;
  const max = options.maxBlocks ?? LIMITS.messageBlocks;
  const head = [context(slackMsg(lang, 'ranOn', { cmd: escapeMrkdwn(commandText(command)) }))];
  const note = reply.full && options.file
    ? [context(slackMsg(lang, options.file === 'dm' ? 'fullOutputDm' : 'fullOutputHere', { lines: reply.full.trimEnd().split('\n').length }))]
    : [];
  const containers = psContainers(command, output);
  const forSteps = containers.length > 0 ? Math.min(MAX_STEPS, containers.length) + 2 : 0;
  const code = codeSections(output, Math.max(1, max - head.length - note.length - forSteps));
  const room = max - head.length - code.length - note.length;
  return [...head, ...code, ...note, ...stepBlocks(containers, room, lang)];
}

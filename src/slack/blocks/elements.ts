import type { types } from '@slack/bolt';
import { clip, LIMITS, type Block } from './slack-limits.ts';
import { splitMrkdwn } from './split-mrkdwn.ts';

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value: value.slice(0, LIMITS.actionValue),
    ...(style ? { style } : {}),
  };
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } };
}

export function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(mrkdwn, LIMITS.sectionText) } };
}

/** Long mrkdwn as as many sections as it needs, at most `maxBlocks`; the last one says what was cut. */
export function sections(mrkdwn: string, maxBlocks: number): Block[] {
  const chunks = splitMrkdwn(mrkdwn, LIMITS.sectionText);
  if (chunks.length <= maxBlocks) return chunks.map(section);
  const kept = chunks.slice(0, Math.max(1, maxBlocks - 1)).map(section);
  return [...kept, context(`… ${chunks.length - kept.length} more ${chunks.length - kept.length === 1 ? 'part' : 'parts'} not shown`)];
}

export function context(mrkdwn: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(mrkdwn, LIMITS.contextText) }] };
}

export function actions(elements: types.Button[], blockId?: string): Block[] {
  if (elements.length === 0) return [];
  return [{ type: 'actions', ...(blockId ? { block_id: blockId } : {}), elements: elements.slice(0, LIMITS.actionsElements) }];
}

/** A section with an overflow menu: each option's value is the text a click dispatches. */
export function sectionWithMenu(mrkdwn: string, actionId: string, options: { text: string; value: string }[]): Block {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: clip(mrkdwn, LIMITS.sectionText) },
    accessory: {
      type: 'overflow',
      action_id: actionId,
      options: options.slice(0, LIMITS.overflowOptions).map((o) => ({
        text: { type: 'plain_text', text: clip(o.text, LIMITS.buttonText), emoji: true },
        value: o.value.slice(0, LIMITS.optionValue),
      })),
    },
  };
}

export const divider: Block = { type: 'divider' };

/** A code block that survives any content: fences inside the text would end it early. */
export function codeBlock(text: string): string {
  return `\`\`\`${text.replace(/```/g, '`\u200b``') || ' '}\`\`\``;
}

/** Command output as code sections, cut at line ends; what does not fit is counted, not dropped silently. */
export function codeSections(raw: string, maxBlocks: number): Block[] {
  const room = LIMITS.sectionText - 8;
  const lines = escapeLines(raw);
  const chunks: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    const cut = line.length > room ? `${line.slice(0, room - 1)}…` : line;
    if (size + cut.length + 1 > room) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(cut);
    size += cut.length + 1;
  }
  if (chunks.length <= maxBlocks) return chunks.map((c) => section(codeBlock(c.join('\n'))));
  const kept = chunks.slice(0, Math.max(1, maxBlocks - 1));
  const hidden = chunks.slice(kept.length).reduce((n, c) => n + c.length, 0);
  return [...kept.map((c) => section(codeBlock(c.join('\n')))), context(`… and ${hidden} more lines`)];
}

function escapeLines(raw: string): string[] {
  return raw
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split('\n');
}

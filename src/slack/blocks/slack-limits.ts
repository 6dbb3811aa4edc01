import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

/** Slack's documented Block Kit limits; messages over them are rejected with invalid_blocks. */
export const LIMITS = {
  sectionText: 3000,
  headerText: 150,
  contextText: 3000,
  contextElements: 10,
  buttonText: 75,
  actionValue: 2000,
  actionId: 255,
  actionsElements: 25,
  overflowOptions: 5,
  optionValue: 150,
  messageBlocks: 50,
  homeBlocks: 100,
} as const;

interface TextObject {
  type: string;
  text: string;
}

function textLength(t: TextObject | undefined): number {
  return t ? t.text.length : 0;
}

function checkButtons(elements: readonly unknown[], where: string, problems: string[]): void {
  const ids = new Set<string>();
  if (elements.length > LIMITS.actionsElements) problems.push(`${where}: ${elements.length} elements`);
  for (const el of elements as { type: string; text?: TextObject; value?: string; action_id?: string }[]) {
    if (el.type !== 'button') continue;
    if (textLength(el.text) > LIMITS.buttonText || textLength(el.text) === 0) problems.push(`${where}: button text length ${textLength(el.text)}`);
    if ((el.value?.length ?? 0) > LIMITS.actionValue) problems.push(`${where}: button value length ${el.value?.length}`);
    const id = el.action_id ?? '';
    if (id.length === 0 || id.length > LIMITS.actionId) problems.push(`${where}: action_id "${id}"`);
    if (ids.has(id)) problems.push(`${where}: duplicate action_id "${id}"`);
    ids.add(id);
  }
}

function checkOverflow(menu: { options: { text: TextObject; value?: string }[]; action_id?: string }, where: string, problems: string[]): void {
  const n = menu.options.length;
  if (n < 2 || n > LIMITS.overflowOptions) problems.push(`${where}: overflow with ${n} options`);
  for (const o of menu.options) {
    if (textLength(o.text) === 0 || textLength(o.text) > LIMITS.buttonText) problems.push(`${where}: option text length ${textLength(o.text)}`);
    if ((o.value?.length ?? 0) > LIMITS.optionValue) problems.push(`${where}: option value length ${o.value?.length}`);
  }
  if (!menu.action_id || menu.action_id.length > LIMITS.actionId) problems.push(`${where}: overflow action_id`);
}

/** Every way `blocks` breaks Slack's limits (empty when Slack would accept them). */
export function slackLimitViolations(blocks: readonly Block[], maxBlocks: number = LIMITS.messageBlocks): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => {
    const where = `block ${i} (${block.type})`;
    if (block.type === 'section') {
      const n = textLength(block.text as TextObject | undefined);
      if (n === 0 || n > LIMITS.sectionText) problems.push(`${where}: text length ${n}`);
      if (block.accessory?.type === 'overflow') checkOverflow(block.accessory, where, problems);
      else if (block.accessory) checkButtons([block.accessory], where, problems);
    }
    if (block.type === 'header' && (block.text.text.length === 0 || block.text.text.length > LIMITS.headerText)) {
      problems.push(`${where}: header length ${block.text.text.length}`);
    }
    if (block.type === 'context') {
      if (block.elements.length > LIMITS.contextElements) problems.push(`${where}: ${block.elements.length} elements`);
      for (const el of block.elements) if ('text' in el && el.text.length > LIMITS.contextText) problems.push(`${where}: context text`);
    }
    if (block.type === 'actions') {
      checkButtons(block.elements, where, problems);
      for (const el of block.elements as { action_id?: string }[]) {
        if (el.action_id && actionIds.has(el.action_id)) problems.push(`${where}: action_id "${el.action_id}" repeats`);
        if (el.action_id) actionIds.add(el.action_id);
      }
    }
  });
  return problems;
}

/** Cuts text to `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

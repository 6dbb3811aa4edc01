import { LANGS, type Lang } from '../../lang/lang.ts';

/** Action ids of Dockhand's buttons; several per message get an index suffix (`run_on_sandbox:1`). */
export const ACTION = {
  share: 'share_in_channel',
  run: 'run_on_sandbox',
  related: 'related_card',
  suggestion: 'suggested_card',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  /** The overflow menu of next read-only steps (logs, inspect, top) beside each container of a `ps`. */
  step: 'container_step',
} as const;

/** Matches an action id with or without its index suffix. */
export function actionPattern(id: string): RegExp {
  return new RegExp(`^${id}(:\\d+)?$`);
}

export interface CardValue {
  lang: Lang;
  id: string;
}

/** Buttons that open a card carry the reply language with the id, so the card answers in it. */
export function cardValue({ lang, id }: CardValue): string {
  return `${lang}|${id}`;
}

/** The inverse of `cardValue`; null for anything a client could have tampered into shape. */
export function parseCardValue(value: string | undefined): CardValue | null {
  const m = /^(en|zh-TW|zh-CN)\|([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value ?? '');
  if (!m || !LANGS.includes(m[1] as Lang)) return null;
  return { lang: m[1] as Lang, id: m[2]! };
}

/** The block of a card's "Run on sandbox" buttons names the card, so a click can show it again with the output. */
export function runBlockId(card: CardValue): string {
  return `run|${cardValue(card)}`;
}

export function parseRunBlockId(blockId: unknown): CardValue | null {
  return typeof blockId === 'string' && blockId.startsWith('run|') ? parseCardValue(blockId.slice(4)) : null;
}

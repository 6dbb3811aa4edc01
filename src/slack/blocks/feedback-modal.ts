import type { types } from '@slack/bolt';
import type { Lang } from '../../lang/lang.ts';
import { FEEDBACK_REASONS, type FeedbackReason } from '../../store/store.ts';
import { cardValue, parseCardValue, type CardValue } from './action-ids.ts';
import { clip } from './slack-limits.ts';
import { slackMsg } from './strings.ts';

export const FEEDBACK_VIEW = 'feedback_reason';
export const FEEDBACK_THANKS_VIEW = 'feedback_thanks';
export const REASON_BLOCK = 'reason';
export const REASON_ACTION = 'reason_choice';
export const COMMENT_BLOCK = 'comment';
export const COMMENT_ACTION = 'comment_text';
export const MAX_COMMENT = 1000;

// Slack's limits for modals: title, submit and close 24 characters, option text 75.
const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: clip(text, max), emoji: true });

/**
 * The 👎 modal: why (wrong card / wrong facts / unclear / other) and free text, both optional.
 * `private_metadata` carries the card and language as a button does; it is checked again on submit.
 */
export function feedbackModal(value: CardValue): types.ModalView {
  const { lang } = value;
  return {
    type: 'modal',
    callback_id: FEEDBACK_VIEW,
    private_metadata: cardValue(value),
    // A 👎 whose modal is dismissed still counts, without a reason.
    notify_on_close: true,
    title: plain(slackMsg(lang, 'feedbackTitle'), 24),
    submit: plain(slackMsg(lang, 'feedbackSend'), 24),
    close: plain(slackMsg(lang, 'feedbackCancel'), 24),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: slackMsg(lang, 'feedbackAsk') } },
      {
        type: 'input',
        block_id: REASON_BLOCK,
        optional: true,
        label: plain(slackMsg(lang, 'feedbackReason'), 2000),
        element: {
          type: 'radio_buttons',
          action_id: REASON_ACTION,
          options: FEEDBACK_REASONS.map((reason) => ({ text: plain(slackMsg(lang, `reason.${reason}`), 75), value: reason })),
        },
      },
      {
        type: 'input',
        block_id: COMMENT_BLOCK,
        optional: true,
        label: plain(slackMsg(lang, 'feedbackComment'), 2000),
        element: { type: 'plain_text_input', action_id: COMMENT_ACTION, multiline: true, max_length: MAX_COMMENT },
      },
    ],
  };
}

/** What replaces the modal once it is sent. */
export function feedbackThanksView(lang: Lang): types.ModalView {
  return {
    type: 'modal',
    callback_id: FEEDBACK_THANKS_VIEW,
    title: plain(slackMsg(lang, 'feedbackTitle'), 24),
    close: plain(slackMsg(lang, 'feedbackClose'), 24),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: slackMsg(lang, 'feedbackThanks') } }],
  };
}

export interface FeedbackAnswer {
  value: CardValue | null;
  reason: FeedbackReason | null;
  comment: string | null;
}

interface SubmittedState {
  values?: Record<string, Record<string, { selected_option?: { value?: string } | null; value?: string | null }>>;
}

/** What a submitted modal says, with anything a client could have tampered with dropped. */
export function readFeedbackModal(privateMetadata: string | undefined, state: SubmittedState | undefined): FeedbackAnswer {
  const chosen = state?.values?.[REASON_BLOCK]?.[REASON_ACTION]?.selected_option?.value;
  const text = state?.values?.[COMMENT_BLOCK]?.[COMMENT_ACTION]?.value;
  const comment = typeof text === 'string' && text.trim() ? text.trim().slice(0, MAX_COMMENT) : null;
  const reason = (FEEDBACK_REASONS as readonly string[]).includes(chosen ?? '') ? (chosen as FeedbackReason) : comment ? 'other' : null;
  return { value: parseCardValue(privateMetadata), reason, comment };
}

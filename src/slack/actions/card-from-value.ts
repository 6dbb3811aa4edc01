import type { RespondFn } from '@slack/bolt';
import type { AnswerReply } from '../../reply.ts';
import { parseCardValue } from '../blocks/action-ids.ts';
import { slackMsg } from '../blocks/strings.ts';
import type { SlackDeps } from '../slack-deps.ts';

/**
 * The card a button's value names, as an answer in the language it was shown in; or null after
 * telling the clicker it is gone (a tampered value, or a card removed since the message was sent).
 */
export async function cardFromValue(raw: string | undefined, deps: SlackDeps, respond: RespondFn): Promise<AnswerReply | null> {
  const value = parseCardValue(raw);
  const card = value && deps.brain.cards.view(value.id, value.lang);
  if (!value || !card) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: slackMsg(value?.lang ?? 'en', 'cardGone') });
    return null;
  }
  return { kind: 'answer', lang: value.lang, card, score: 0 };
}

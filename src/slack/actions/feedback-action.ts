import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { afterPendingAcks } from '../after-acks.ts';
import { ACTION, parseCardValue } from '../blocks/action-ids.ts';
import { slackMsg } from '../blocks/strings.ts';
import type { SlackDeps } from '../slack-deps.ts';

/** 👍/👎: one log line per vote (what card authors read), and a private thank-you. */
export function registerFeedbackActions(app: App, deps: SlackDeps): void {
  for (const [id, vote] of [[ACTION.feedbackUp, 'up'], [ACTION.feedbackDown, 'down']] as const) {
    app.action<BlockAction<ButtonAction>>(id, async ({ ack, action, body, respond }) => {
      await ack();
      await afterPendingAcks();
      const value = parseCardValue(action.value);
      const card = value && deps.brain.cards.get(value.id) ? value.id : null;
      deps.logger.info({ feedback: vote, card, lang: value?.lang ?? null, user: body.user?.id ?? null, channel: body.channel?.id ?? null }, 'feedback');
      await respond({ response_type: 'ephemeral', replace_original: false, text: slackMsg(value?.lang ?? 'en', 'thanks') });
    });
  }
}

import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { afterPendingAcks } from '../after-acks.ts';
import { ACTION, parseCardValue } from '../blocks/action-ids.ts';
import { feedbackModal } from '../blocks/feedback-modal.ts';
import { slackMsg } from '../blocks/strings.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { stringField } from '../string-field.ts';

/**
 * 👍 is recorded at once, with a private thank-you. 👎 opens a small modal asking why
 * (`slack/views/feedback-view.ts` records the answer); if Slack will not open it, the vote is
 * recorded without a reason and thanked the same way.
 */
export function registerFeedbackActions(app: App, deps: SlackDeps): void {
  for (const [id, vote] of [[ACTION.feedbackUp, 'up'], [ACTION.feedbackDown, 'down']] as const) {
    app.action<BlockAction<ButtonAction>>(id, async ({ ack, action, body, respond, client }) => {
      await ack();
      await afterPendingAcks();
      const value = parseCardValue(action.value);
      const card = value && deps.brain.cards.get(value.id) ? value.id : null;
      const lang = value?.lang ?? 'en';
      if (vote === 'down' && value && card) {
        try {
          await client.views.open({ trigger_id: body.trigger_id, view: feedbackModal(value) });
          return;
        } catch (err) {
          deps.logger.warn({ err: (err as Error).message }, 'feedback: could not open the reason modal; recording the vote alone');
        }
      }
      if (deps.history) deps.history.record({ kind: 'feedback', user: stringField(body.user?.id), card, lang, vote, reason: null, comment: null });
      else deps.logger.info({ feedback: vote, card, lang, user: body.user?.id ?? null, channel: body.channel?.id ?? null }, 'feedback');
      await respond({ response_type: 'ephemeral', replace_original: false, text: slackMsg(lang, 'thanks') });
    });
  }
}

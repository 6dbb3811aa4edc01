import { afterPendingAcks } from '../after-acks.ts';
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION, actionPattern, parseCardValue } from '../blocks/action-ids.ts';
import { slackMsg } from '../blocks/strings.ts';
import { toMessage, type SlackDeps } from '../slack-deps.ts';
import { deliverToClicker } from './deliver-to-clicker.ts';

/** Related-card and "did you mean" buttons: show that card, in the language of the reply they came from. */
export function registerCardActions(app: App, deps: SlackDeps): void {
  for (const id of [ACTION.related, ACTION.suggestion]) {
    app.action<BlockAction<ButtonAction>>(actionPattern(id), async ({ ack, action, body, respond, client }) => {
      await ack();
      await afterPendingAcks();
      const value = parseCardValue(action.value);
      const card = value && deps.brain.cards.view(value.id, value.lang);
      if (!value || !card) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: slackMsg(value?.lang ?? 'en', 'cardGone') });
        return;
      }
      const reply = { kind: 'answer' as const, lang: value.lang, card, score: 0 };
      await deliverToClicker(body, respond, client, toMessage(reply, deps, { share: Boolean(body.container.is_ephemeral) }));
    });
  }
}

import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { afterPendingAcks } from '../after-acks.ts';
import { ACTION, actionPattern } from '../blocks/action-ids.ts';
import { toMessage, type SlackDeps } from '../slack-deps.ts';
import { cardFromValue } from './card-from-value.ts';
import { deliverToClicker } from './deliver-to-clicker.ts';

/** Related-card and "did you mean" buttons: show that card, in the language of the reply they came from. */
export function registerCardActions(app: App, deps: SlackDeps): void {
  for (const id of [ACTION.related, ACTION.suggestion]) {
    app.action<BlockAction<ButtonAction>>(actionPattern(id), async ({ ack, action, body, respond, client }) => {
      await ack();
      await afterPendingAcks();
      const reply = await cardFromValue(action.value, deps, respond);
      if (reply) await deliverToClicker(body, respond, client, toMessage(reply, deps, { share: Boolean(body.container?.is_ephemeral) }));
    });
  }
}

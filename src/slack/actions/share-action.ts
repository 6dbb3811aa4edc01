import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { afterPendingAcks } from '../after-acks.ts';
import { ACTION } from '../blocks/action-ids.ts';
import { toMessage, type SlackDeps } from '../slack-deps.ts';
import { cardFromValue } from './card-from-value.ts';

/**
 * "Share in channel": posts the answer publicly through the response_url (which works even in
 * channels the bot has not joined), then removes the private copy.
 */
export function registerShareAction(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, action, body, respond }) => {
    await ack();
    await afterPendingAcks();
    const reply = await cardFromValue(action.value, deps, respond);
    if (!reply) return;
    await respond({ response_type: 'in_channel', replace_original: false, ...toMessage(reply, deps, { sharedBy: body.user.id }) });
    await respond({ delete_original: true });
  });
}

import { afterPendingAcks } from '../after-acks.ts';
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION, parseCardValue } from '../blocks/action-ids.ts';
import { slackMsg } from '../blocks/strings.ts';
import { toMessage, type SlackDeps } from '../slack-deps.ts';

/**
 * "Share in channel": posts the answer publicly through the response_url (which works even in
 * channels the bot has not joined), then removes the private copy.
 */
export function registerShareAction(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, action, body, respond }) => {
    await ack();
    await afterPendingAcks();
    const value = parseCardValue(action.value);
    const card = value && deps.brain.cards.view(value.id, value.lang);
    if (!value || !card) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: slackMsg(value?.lang ?? 'en', 'cardGone') });
      return;
    }
    const reply = { kind: 'answer' as const, lang: value.lang, card, score: 0 };
    await respond({ response_type: 'in_channel', replace_original: false, ...toMessage(reply, deps, { sharedBy: body.user.id }) });
    await respond({ delete_original: true });
  });
}

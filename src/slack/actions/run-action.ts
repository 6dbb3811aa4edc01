import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { afterPendingAcks } from '../after-acks.ts';
import { dispatch } from '../../dispatch.ts';
import type { Reply } from '../../reply.ts';
import { ACTION, actionPattern } from '../blocks/action-ids.ts';
import { slackMsg } from '../blocks/strings.ts';
import { toMessage, type SlackDeps } from '../slack-deps.ts';
import { stringField } from '../string-field.ts';
import { deliverToClicker } from './deliver-to-clicker.ts';

const COMMAND_KINDS = new Set<Reply['kind']>(['run', 'refused', 'dry-run', 'error']);

/**
 * "Run on sandbox": the button's value is only text a client could have edited, so it goes
 * through the same dispatcher, gate and policy as a typed command. If it is not a command at all,
 * nothing runs and the clicker is told so.
 */
export function registerRunAction(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(actionPattern(ACTION.run), async ({ ack, action, body, respond, client }) => {
    await ack();
    await afterPendingAcks();
    const text = stringField(action.value).slice(0, 2000);
    const channel = stringField(body.channel?.id);
    const input = { text, surface: 'button' as const, user: stringField(body.user?.id), ...(channel ? { channel } : {}) };
    let reply = await dispatch(input, deps.brain);
    if (!COMMAND_KINDS.has(reply.kind)) {
      reply = { kind: 'refused', lang: reply.lang, command: null, code: 'NOT_ALLOWED', reason: slackMsg(reply.lang, 'notACommand'), card: null };
    }
    await deliverToClicker(body, respond, client, toMessage(reply, deps));
  });
}

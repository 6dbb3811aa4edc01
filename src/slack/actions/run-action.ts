import type { App, BlockAction, BlockElementAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { afterPendingAcks } from '../after-acks.ts';
import { dispatch } from '../../dispatch.ts';
import { detectLang } from '../../lang/detect-lang.ts';
import type { Reply } from '../../reply.ts';
import { isCommand } from '../../sandbox/is-command.ts';
import { ACTION, actionPattern, parseRunBlockId } from '../blocks/action-ids.ts';
import { answerBlocks } from '../blocks/answer-blocks.ts';
import { replyBlocks } from '../blocks/reply-blocks.ts';
import { runBlocks } from '../blocks/run-blocks.ts';
import { runningBlocks, runningText } from '../blocks/running-blocks.ts';
import { LIMITS, type Block } from '../blocks/slack-limits.ts';
import { slackMsg } from '../blocks/strings.ts';
import { toMessage, type SlackDeps, type SlackMessage } from '../slack-deps.ts';
import { stringField } from '../string-field.ts';
import { uploadFullOutput } from '../upload-full-output.ts';
import { deliverToClicker } from './deliver-to-clicker.ts';

const COMMAND_KINDS = new Set<Reply['kind']>(['run', 'refused', 'dry-run', 'error']);

/**
 * The text a click carries: a button's value, or the chosen option of an overflow menu. Anything
 * else a client could have sent (objects, numbers, nothing) is no text at all.
 */
function clickedText(action: BlockElementAction): string {
  const a = action as { value?: unknown; selected_option?: { value?: unknown } | null };
  const value = a.selected_option && typeof a.selected_option === 'object' ? a.selected_option.value : a.value;
  return typeof value === 'string' ? value.slice(0, 2000) : '';
}

/** The card a private "Run on sandbox" button sat on, shown again above its output. */
function cardAbove(action: BlockElementAction, deps: SlackDeps): Block[] {
  const ref = parseRunBlockId((action as { block_id?: unknown }).block_id);
  const card = ref && deps.brain.cards.view(ref.id, ref.lang);
  return card ? answerBlocks({ kind: 'answer', lang: ref.lang, card, score: 0 }, { share: true, sandbox: true }) : [];
}

/** The card (when there is one) and the reply under it, within one message's blocks. */
function withCard(card: Block[], reply: Reply, message: SlackMessage, deps: SlackDeps, file: 'here' | 'dm' | undefined): SlackMessage {
  if (card.length === 0) return message;
  const room = LIMITS.messageBlocks - card.length;
  const below = reply.kind === 'run'
    ? runBlocks(reply, { maxBlocks: room, ...(file ? { file } : {}) })
    : replyBlocks(reply, { share: false, sandbox: true, topics: deps.brain.cards.all().length });
  return below.length <= room ? { ...message, blocks: [...card, ...below] } : message;
}

/**
 * "Run on sandbox" buttons and the per-container overflow menus of a `ps` reply. The value is only
 * text a client could have edited, so it goes through the same dispatcher, gate and policy as a
 * typed command; any replica can handle it from the value alone. Like the slash command, a
 * command shows "running…" first: in place under a private answer, as a thread reply that is then
 * edited under a public one.
 */
export function registerRunAction(app: App, deps: SlackDeps): void {
  const handle = async ({ ack, action, body, respond, client }: {
    ack: () => Promise<void>; action: BlockElementAction; body: BlockAction; respond: RespondFn; client: WebClient;
  }) => {
    await ack();
    await afterPendingAcks();
    const text = clickedText(action);
    const user = stringField(body.user?.id);
    const channel = stringField(body.channel?.id ?? body.container?.channel_id) || undefined;
    const input = { text, surface: 'button' as const, user, ...(channel ? { channel } : {}) };
    const lang = detectLang(text);
    const threadTs = stringField(body.message?.thread_ts) || stringField(body.message?.ts) || undefined;
    // Odd shapes (no message, a channel or ts that is not a string) are answered privately, as deliverToClicker does.
    const ephemeral = Boolean(body.container?.is_ephemeral) || !body.message || !channel || !threadTs;
    const showRunning = deps.brain.commands !== undefined && isCommand(text) && deps.mayRun(user, channel ?? '');

    if (!showRunning) {
      let reply = await dispatch(input, deps.brain);
      if (!COMMAND_KINDS.has(reply.kind)) {
        reply = { kind: 'refused', lang: reply.lang, command: null, code: 'NOT_ALLOWED', reason: slackMsg(reply.lang, 'notACommand'), card: null };
      }
      await deliverToClicker(body, respond, client, toMessage(reply, deps));
      return;
    }

    const card = ephemeral ? cardAbove(action, deps) : [];
    const placeholder = { text: runningText(text, lang), blocks: [...card, ...runningBlocks(text, lang)] };
    let postedTs: string | undefined;
    if (ephemeral) {
      await respond({ response_type: 'ephemeral', replace_original: true, ...placeholder });
    } else {
      const posted = await client.chat.postMessage({ channel: channel!, thread_ts: threadTs!, ...placeholder });
      postedTs = posted.ts;
    }
    const reply = await dispatch(input, deps.brain);
    const target = ephemeral ? { user } : { channel: channel!, ...(threadTs ? { threadTs } : {}) };
    const file = await uploadFullOutput(client, reply, target, deps.logger);
    const message = withCard(card, reply, toMessage(reply, deps, file ? { file } : {}), deps, file);
    if (ephemeral) await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    else if (postedTs) await client.chat.update({ channel: channel!, ts: postedTs, ...message });
    else await client.chat.postMessage({ channel: channel!, thread_ts: threadTs!, ...message });
  };
  app.action<BlockAction>(actionPattern(ACTION.run), handle);
  app.action<BlockAction>(actionPattern(ACTION.step), handle);
}

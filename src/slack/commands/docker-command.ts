import type { App } from '@slack/bolt';
import { dispatch } from '../../dispatch.ts';
import { detectLang } from '../../lang/detect-lang.ts';
import { isCommand } from '../../sandbox/is-command.ts';
import { afterPendingAcks } from '../after-acks.ts';
import { runningBlocks, runningText } from '../blocks/running-blocks.ts';
import { recordQuestion } from '../record-question.ts';
import { toMessage, type SlackDeps } from '../slack-deps.ts';
import { stringField } from '../string-field.ts';
import { uploadFullOutput } from '../upload-full-output.ts';
import { SLASH_COMMAND } from '../slash-command.ts';

/**
 * `/docker <text>`: ack at once (Slack allows 3 s), then answer privately. A sandbox command first
 * shows a "running…" placeholder that its output replaces, so a slow engine never looks dead.
 */
export function registerDockerCommand(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    await afterPendingAcks();
    const text = stringField(command.text).trim();
    const placeholder = deps.brain.commands !== undefined && isCommand(text) && deps.mayRun(command.user_id, command.channel_id);
    if (placeholder) {
      const lang = detectLang(text);
      await respond({ response_type: 'ephemeral', text: runningText(text, lang), blocks: runningBlocks(text, lang) });
    }
    const input = { text, surface: 'slash' as const, user: command.user_id, channel: command.channel_id };
    const reply = await dispatch(input, deps.brain);
    recordQuestion(deps, input, reply);
    // The reply is private, so a file with the whole output goes to the asker's DM, not the channel.
    const file = await uploadFullOutput(client, reply, { user: command.user_id }, deps.logger);
    await respond({
      response_type: 'ephemeral',
      ...(placeholder ? { replace_original: true } : {}),
      ...toMessage(reply, deps, { share: reply.kind === 'answer', ...(file ? { file } : {}) }),
    });
  });
}

import type { App } from '@slack/bolt';
import { mentions, stripMentions } from '../strip-mentions.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { answerInThread } from './post-in-thread.ts';

interface PlainMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
}

/**
 * DMs are answered like mentions. In listened channels only confident answers are posted (never
 * to chatter), and a message that mentions the bot is left to the app_mention listener, so it is
 * answered once. Edits, joins and bot messages all carry a subtype or a bot_id and are ignored.
 */
export function registerMessage(app: App, deps: SlackDeps): void {
  app.message(async ({ message, client, context }) => {
    const m = message as PlainMessage;
    if (m.subtype !== undefined || m.bot_id || !m.user || !m.text || typeof m.text !== 'string' || typeof m.user !== 'string') return;
    if (m.channel_type === 'im') {
      const input = { text: stripMentions(m.text), surface: 'dm' as const, user: m.user, channel: m.channel };
      await answerInThread(client, deps, deps.brain, input, m);
      return;
    }
    if (!deps.listenChannels.has(m.channel) || mentions(m.text, context.botUserId)) return;
    const input = { text: m.text, surface: 'channel' as const, user: m.user, channel: m.channel };
    await answerInThread(client, deps, deps.questionsOnly, input, m, (reply) => reply.kind === 'answer');
  });
}

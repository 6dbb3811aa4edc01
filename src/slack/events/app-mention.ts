import type { App } from '@slack/bolt';
import { stripMentions } from '../strip-mentions.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { answerInThread } from './post-in-thread.ts';

/** `@dockhand what are namespaces?` → the answer in a thread of that message. */
export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id || event.subtype) return;
    const input = { text: stripMentions(event.text), surface: 'mention' as const, channel: event.channel, ...(event.user ? { user: event.user } : {}) };
    await answerInThread(client, deps, deps.brain, input, event);
  });
}

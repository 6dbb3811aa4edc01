import type { App } from '@slack/bolt';
import { stripMentions } from '../strip-mentions.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { stringField } from '../string-field.ts';
import { answerInThread } from './post-in-thread.ts';

/** `@dockhand what are namespaces?` → the answer in a thread of that message. */
export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id || event.subtype) return;
    const user = stringField(event.user);
    const input = { text: stripMentions(stringField(event.text)), surface: 'mention' as const, channel: event.channel, ...(user ? { user } : {}) };
    await answerInThread(client, deps, deps.brain, input, event);
  });
}

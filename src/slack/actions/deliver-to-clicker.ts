import type { BlockAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from '../slack-deps.ts';

/**
 * Where a button's result goes: under a private answer, privately again; under a public answer,
 * in its thread, as the answer itself was.
 */
export async function deliverToClicker(body: BlockAction, respond: RespondFn, client: WebClient, message: SlackMessage): Promise<void> {
  // Signed bodies can still come with odd shapes (`container: null`): anything unexpected is answered privately.
  const channel: unknown = body.channel?.id ?? body.container?.channel_id;
  if (body.container?.is_ephemeral || !body.message || typeof channel !== 'string' || typeof body.message.ts !== 'string') {
    await respond({ response_type: 'ephemeral', replace_original: false, ...message });
    return;
  }
  const threadTs = (body.message.thread_ts as string | undefined) ?? body.message.ts;
  await client.chat.postMessage({ channel, thread_ts: threadTs, ...message });
}

import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Reply } from '../reply.ts';
import { commandText } from './blocks/command-text.ts';
import { slackMsg } from './blocks/strings.ts';

/** Where the asker can see a file: the thread of a public answer, or their DM with the bot for a private one. */
export type UploadTarget = { channel: string; threadTs?: string } | { user: string };

/**
 * Output too long for a message goes up whole as a text snippet (files.uploadV2:
 * getUploadURLExternal, the upload, completeUploadExternal). Says where it went, or undefined when
 * there was nothing to upload or Slack refused (logged; the message then shows the head alone).
 */
export async function uploadFullOutput(client: WebClient, reply: Reply, to: UploadTarget, logger: Logger): Promise<'here' | 'dm' | undefined> {
  if (reply.kind !== 'run' || !reply.full) return undefined;
  const cmd = commandText(reply.command);
  try {
    let channel: string | undefined;
    if ('user' in to) {
      const opened = await client.conversations.open({ users: to.user });
      channel = opened.channel?.id;
    } else {
      channel = to.channel;
    }
    if (!channel) return undefined;
    const threadTs = 'threadTs' in to ? to.threadTs : undefined;
    const where = threadTs ? { channel_id: channel, thread_ts: threadTs } : { channel_id: channel };
    await client.files.uploadV2({
      ...where,
      content: reply.full,
      filename: `${cmd.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 80)}.txt`,
      title: slackMsg(reply.lang, 'fileTitle', { cmd }).slice(0, 200),
      snippet_type: 'text',
    });
    return 'user' in to ? 'dm' : 'here';
  } catch (err) {
    logger.warn({ code: (err as { code?: string; data?: { error?: string } }).data?.error ?? (err as { code?: string }).code }, 'could not upload the full output');
    return undefined;
  }
}

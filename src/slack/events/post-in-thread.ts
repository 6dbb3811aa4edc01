import type { WebClient } from '@slack/web-api';
import { afterPendingAcks } from '../after-acks.ts';
import { dispatch } from '../../dispatch.ts';
import type { Brain } from '../../dispatch.ts';
import type { Input, Reply } from '../../reply.ts';
import { recordQuestion } from '../record-question.ts';
import { toMessage, type SlackDeps } from '../slack-deps.ts';
import { uploadFullOutput } from '../upload-full-output.ts';

export interface ThreadTarget {
  channel: string;
  ts: string;
  thread_ts?: string;
}

/** Answers in the thread of the message (its own thread when it is already in one), and records the question. */
export async function answerInThread(
  client: WebClient,
  deps: SlackDeps,
  brain: Brain,
  input: Input,
  where: ThreadTarget,
  wanted: (reply: Reply) => boolean = () => true,
): Promise<void> {
  await afterPendingAcks();
  const reply = await dispatch(input, brain);
  // Unasked-for channel messages that get no answer are chatter, not questions: they are not kept.
  if (!wanted(reply)) return;
  recordQuestion(deps, input, reply);
  const thread = where.thread_ts ?? where.ts;
  const file = await uploadFullOutput(client, reply, { channel: where.channel, threadTs: thread }, deps.logger);
  await client.chat.postMessage({ channel: where.channel, thread_ts: thread, ...toMessage(reply, deps, file ? { file } : {}) });
}

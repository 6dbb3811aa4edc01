import type { Logger } from 'pino';
import type { Brain } from '../dispatch.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { Reply } from '../reply.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { History } from '../store/history.ts';
import { fallbackText } from './blocks/fallback-text.ts';
import { replyBlocks } from './blocks/reply-blocks.ts';
import type { Block } from './blocks/slack-limits.ts';

/** What every listener needs; built once in `createSlackApp`. */
export interface SlackDeps {
  /** The brain behind the sandbox gate (access lists, rate, audit). */
  brain: Brain;
  /** The same brain without commands: chatter in listened channels never reaches the sandbox. */
  questionsOnly: Brain;
  sandbox: Sandbox | undefined;
  listenChannels: ReadonlySet<string>;
  /** Whether this user may use the sandbox here (the rate aside); decides the "running…" placeholder. */
  mayRun(user: string, channel: string): boolean;
  logger: Logger;
  /** Where questions, votes and sandbox runs are recorded for instructors; null with RECORDING=off. */
  history: History | null;
  /** Slack user ids who see the Instructor section in App Home. */
  instructors: ReadonlySet<string>;
  metrics?: Metrics;
}

export interface SlackMessage {
  blocks: Block[];
  text: string;
}

/**
 * A Reply as a Slack message; `share` only where the answer is private to the asker. Every reply
 * to Slack is built here, so this is where replies are counted by kind.
 */
export function toMessage(reply: Reply, deps: SlackDeps, opts: { share?: boolean; sharedBy?: string; file?: 'here' | 'dm' } = {}): SlackMessage {
  deps.metrics?.reply(reply.kind);
  const blocks = replyBlocks(reply, {
    share: opts.share ?? false,
    sandbox: deps.brain.commands !== undefined,
    topics: deps.brain.cards.all().length,
    ...(opts.sharedBy ? { sharedBy: opts.sharedBy } : {}),
    ...(opts.file ? { file: opts.file } : {}),
  });
  return { blocks, text: fallbackText(reply) };
}

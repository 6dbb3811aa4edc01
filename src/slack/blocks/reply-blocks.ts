import type { Reply } from '../../reply.ts';
import { answerBlocks } from './answer-blocks.ts';
import { dryRunBlocks } from './dry-run-blocks.ts';
import { errorBlocks } from './error-blocks.ts';
import { helpBlocks } from './help-blocks.ts';
import { noAnswerBlocks } from './no-answer-blocks.ts';
import { outsideNotesBlocks } from './outside-notes-blocks.ts';
import { refusedBlocks } from './refused-blocks.ts';
import { runBlocks } from './run-blocks.ts';
import type { Block } from './slack-limits.ts';
import { suggestionsBlocks } from './suggestions-blocks.ts';

export interface RenderOptions {
  share: boolean;
  sandbox: boolean;
  /** How many cards there are, for the help text. */
  topics: number;
  sharedBy?: string;
  /** Where a cut output was uploaded whole, for the note under its head. */
  file?: 'here' | 'dm';
}

/** Block Kit for any Reply: the only place that knows Slack's look for each kind. */
export function replyBlocks(reply: Reply, options: RenderOptions): Block[] {
  switch (reply.kind) {
    case 'answer':
      return answerBlocks(reply, options);
    case 'suggestions':
      return suggestionsBlocks(reply);
    case 'no-answer':
      return noAnswerBlocks(reply);
    case 'outside-notes':
      return outsideNotesBlocks(reply);
    case 'help':
      return helpBlocks(reply, options.topics);
    case 'run':
      return runBlocks(reply, options.file ? { file: options.file } : {});
    case 'refused':
      return refusedBlocks(reply);
    case 'dry-run':
      return dryRunBlocks(reply);
    case 'error':
      return errorBlocks(reply);
  }
}

import type { ReplyKind, Surface } from '../reply.ts';
import type { FeedbackReason } from './store.ts';

/**
 * What the app hands the recorder, straight from a listener: raw Slack ids (pseudonymised only
 * when written, with the install's salt) and raw text (redacted as soon as it is queued).
 */
export type RecordEvent =
  | {
      kind: 'question';
      user?: string | null;
      surface: Surface;
      channel?: string | null;
      text: string;
      lang: string;
      outcome: ReplyKind;
      card: string | null;
      topic: string | null;
      score: number | null;
    }
  | {
      kind: 'feedback';
      user?: string | null;
      card: string | null;
      lang: string | null;
      vote: 'up' | 'down';
      reason: FeedbackReason | null;
      comment: string | null;
    }
  | {
      kind: 'run';
      user?: string | null;
      surface: Surface;
      channel?: string | null;
      argv: readonly string[] | null;
      outcome: string;
      code: string | null;
      ms: number;
    };

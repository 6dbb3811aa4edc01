import type { FeedbackRow, QuestionRow, RunRow } from './store.ts';

/** A row as a listener has it: no time yet, and user and channel as Slack gives them (maybe absent). */
type Raw<R extends { at: number; user: string | null }> = Omit<R, 'at' | 'user' | 'channel'> & {
  user?: string | null;
} & ('channel' extends keyof R ? { channel?: string | null } : unknown);

/**
 * What the app hands the recorder, straight from a listener: raw Slack ids (pseudonymised only
 * when written, with the install's salt) and raw text (redacted as soon as it is queued). The
 * fields are the stored rows' own, so the two cannot drift apart.
 */
export type RecordEvent =
  | ({ kind: 'question' } & Raw<QuestionRow>)
  | ({ kind: 'feedback' } & Raw<FeedbackRow>)
  // A run's argv is redacted and serialised, and its signature computed, when it is queued.
  | ({ kind: 'run' } & Omit<Raw<RunRow>, 'argv' | 'signature'> & { argv: readonly string[] | null });

import type { ReplyKind, Surface } from '../reply.ts';

/** Why a 👎: the choices the feedback modal offers. */
export const FEEDBACK_REASONS = ['wrong-card', 'wrong-facts', 'unclear', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** One question, as stored: text redacted, user pseudonymised. Times are epoch milliseconds. */
export interface QuestionRow {
  at: number;
  user: string | null;
  surface: Surface;
  channel: string | null;
  text: string;
  lang: string;
  outcome: ReplyKind;
  card: string | null;
  /** The catalogue topic of an `outside-notes` reply. */
  topic: string | null;
  score: number | null;
}

export interface FeedbackRow {
  at: number;
  user: string | null;
  card: string | null;
  lang: string | null;
  vote: 'up' | 'down';
  reason: FeedbackReason | null;
  comment: string | null;
}

/** One sandbox attempt: run, dry run, refusal or error. */
export interface RunRow {
  at: number;
  user: string | null;
  surface: Surface;
  channel: string | null;
  /** JSON array of the redacted argv, or null when nothing was parsed. */
  argv: string | null;
  outcome: string;
  code: string | null;
  ms: number;
  /** Verb, subcommand and flags, never values: what refusals are counted by. */
  signature: string;
}

export interface Rows {
  questions: QuestionRow[];
  feedback: FeedbackRow[];
  runs: RunRow[];
}

/** What a report is built from: aggregates, plus the unanswered texts to group. */
export interface ReportRows {
  days: { day: number; questions: number; answered: number }[];
  languages: { lang: string; count: number }[];
  unanswered: { text: string; lang: string; outcome: string; topic: string | null }[];
  votes: { card: string | null; vote: 'up' | 'down'; reason: string | null; count: number }[];
  comments: { card: string | null; reason: string | null; comment: string }[];
  refused: { signature: string; count: number }[];
}

/**
 * The role: where the instructors' history lives. `sqlite-store.ts` (embedded, the default) and
 * `postgres-store.ts` (with DATABASE_URL) share one data-access module, `sql-store.ts`.
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Connects and applies migrations; idempotent, and safe when two processes start at once. */
  open(): Promise<void>;
  /** The per-install key users are pseudonymised with; created by the first open, kept in the database. */
  salt(): Promise<Buffer>;
  /** All rows in one transaction: everything lands or nothing does. */
  write(rows: Rows): Promise<void>;
  read(since: number, until: number): Promise<ReportRows>;
  /** Deletes rows older than `before`; returns how many. */
  prune(before: number): Promise<number>;
  /** Resolves when the database answers a trivial query (for `/readyz`); throws STORE_UNAVAILABLE when not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type StoreErrorCode =
  /** Down, unreachable, disk full: the recorder logs it, keeps the rows and tries again. */
  | 'STORE_UNAVAILABLE'
  /** The database was migrated by a newer Dockhand: this one will not write to it. */
  | 'STORE_SCHEMA_NEWER';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

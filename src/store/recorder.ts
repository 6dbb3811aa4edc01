import { commandSignature } from './command-signature.ts';
import { pseudonymize, storedChannel } from './pseudonymize.ts';
import type { RecordEvent } from './record-event.ts';
import { redactArgv, redactForStore } from './redact-for-store.ts';
import type { FeedbackRow, QuestionRow, Rows, RunRow, Store } from './store.ts';

/** The part of a pino logger the recorder uses. */
export interface RecorderLog {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface RecorderOptions {
  /** How long a record may wait to be batched with others (ms). */
  batchMs?: number;
  /** Rows per transaction. */
  maxBatch?: number;
  /** While the database is down, at most this many records wait in memory; the oldest go first. */
  maxQueued?: number;
  /** Retry delays while the database is down: doubling from min to max (ms). */
  retryMinMs?: number;
  retryMaxMs?: number;
  now?: () => number;
}

export interface Recorder {
  /** Queues one record and returns at once; never throws, never waits for the database. */
  record(event: RecordEvent): void;
  /** Resolves true once everything queued so far is written, false if `timeoutMs` passes first. */
  flush(timeoutMs?: number): Promise<boolean>;
  /** Records waiting to be written. */
  pending(): number;
  /** Writes what it can within `timeoutMs`, then stops (no more timers). */
  stop(timeoutMs?: number): Promise<void>;
}

/** A record ready to store, except the pseudonym, which needs the install's salt. */
type Pending =
  | { table: 'questions'; user: string | null; row: Omit<QuestionRow, 'user'> }
  | { table: 'feedback'; user: string | null; row: Omit<FeedbackRow, 'user'> }
  | { table: 'runs'; user: string | null; row: Omit<RunRow, 'user'> };

const MAX_COMMENT = 1000;

/** Redaction happens here, when the event is queued: no raw secret waits in memory for the database. */
function prepare(event: RecordEvent, at: number): Pending {
  const user = event.user ?? null;
  switch (event.kind) {
    case 'question':
      return {
        table: 'questions',
        user,
        row: {
          at, surface: event.surface, channel: storedChannel(event.channel), text: redactForStore(event.text), lang: event.lang,
          outcome: event.outcome, card: event.card, topic: event.topic, score: event.score === null ? null : Math.round(event.score * 1000) / 1000,
        },
      };
    case 'feedback':
      return {
        table: 'feedback',
        user,
        row: {
          at, card: event.card, lang: event.lang, vote: event.vote, reason: event.reason,
          comment: event.comment?.trim() ? redactForStore(event.comment.trim().slice(0, MAX_COMMENT)) : null,
        },
      };
    case 'run':
      return {
        table: 'runs',
        user,
        row: {
          at, surface: event.surface, channel: storedChannel(event.channel), argv: event.argv ? JSON.stringify(redactArgv(event.argv)) : null,
          outcome: event.outcome, code: event.code, ms: Math.round(event.ms * 10) / 10, signature: commandSignature(event.argv ?? []),
        },
      };
  }
}

function toRows(batch: readonly Pending[], salt: Buffer): Rows {
  const rows: Rows = { questions: [], feedback: [], runs: [] };
  for (const p of batch) {
    const user = pseudonymize(salt, p.user);
    if (p.table === 'questions') rows.questions.push({ ...p.row, user });
    else if (p.table === 'feedback') rows.feedback.push({ ...p.row, user });
    else rows.runs.push({ ...p.row, user });
  }
  return rows;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Writes off the ack path: records are queued in memory and written in batches, one transaction
 * each, a moment later. A database that is down is logged once, its records are kept (up to
 * `maxQueued`) and retried with backoff, and it recovers by itself; a reply never waits or fails.
 */
export function createRecorder(store: Store, log: RecorderLog, options: RecorderOptions = {}): Recorder {
  const batchMs = options.batchMs ?? 200;
  const maxBatch = options.maxBatch ?? 500;
  const maxQueued = options.maxQueued ?? 10_000;
  const retryMin = options.retryMinMs ?? 500;
  const retryMax = options.retryMaxMs ?? 30_000;
  const now = options.now ?? Date.now;

  let queue: Pending[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing = false;
  let failing = false;
  let stopped = false;
  let retryDelay = retryMin;
  let dropped = 0;
  const idle = new Set<() => void>();

  const wake = () => {
    if (queue.length > 0 || writing) return;
    for (const resolve of [...idle]) resolve();
  };

  const trim = () => {
    const over = queue.length - maxQueued;
    if (over <= 0) return;
    queue.splice(0, over);
    if (dropped === 0) log.warn({ maxQueued }, 'store: too many records waiting for the database; dropping the oldest');
    dropped += over;
  };

  const schedule = (ms: number) => {
    if (timer || writing || stopped) return;
    timer = setTimeout(() => void writeBatch(), ms);
    // Queued records never keep a finished CLI alive; a running app has its server for that.
    timer.unref();
  };

  async function writeBatch(): Promise<void> {
    timer = null;
    if (writing) return;
    const batch = queue.splice(0, maxBatch);
    if (batch.length === 0) return wake();
    writing = true;
    let delay = 0;
    try {
      const salt = await store.salt();
      await store.write(toRows(batch, salt));
      if (failing) log.info({ written: batch.length, queued: queue.length, dropped }, 'store: the database is back; writing again');
      failing = false;
      dropped = 0;
      retryDelay = retryMin;
    } catch (err) {
      queue = [...batch, ...queue];
      trim();
      if (!failing) log.warn({ err: message(err), queued: queue.length }, 'store: could not write; replies are unaffected, records are kept and retried');
      failing = true;
      delay = retryDelay;
      retryDelay = Math.min(retryMax, retryDelay * 2);
    } finally {
      writing = false;
    }
    if (queue.length > 0) schedule(delay);
    else wake();
  }

  const kick = () => {
    if (writing) return;
    if (timer) clearTimeout(timer);
    timer = null;
    void writeBatch();
  };

  const recorder: Recorder = {
    record(event) {
      if (stopped) return;
      try {
        queue.push(prepare(event, now()));
      } catch (err) {
        log.warn({ err: message(err), kind: event.kind }, 'store: could not prepare a record; skipped');
        return;
      }
      trim();
      schedule(queue.length >= maxBatch ? 0 : batchMs);
    },
    pending: () => queue.length + (writing ? 1 : 0),
    flush(timeoutMs = 5000) {
      if (queue.length === 0 && !writing) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(limit);
          idle.delete(onIdle);
          resolve(ok);
        };
        const onIdle = () => done(true);
        const limit = setTimeout(() => done(false), timeoutMs);
        idle.add(onIdle);
        kick();
      });
    },
    async stop(timeoutMs = 5000) {
      await recorder.flush(timeoutMs);
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  return recorder;
}

import { buildReport } from './build-report.ts';
import { createRecorder, type Recorder, type RecorderLog, type RecorderOptions } from './recorder.ts';
import type { Report } from './report.ts';
import type { Store } from './store.ts';

const DAY_MS = 86_400_000;

export interface History extends Pick<Recorder, 'record' | 'flush' | 'pending'> {
  report(since: number, until?: number): Promise<Report>;
  /** Deletes what is older than the retention period; returns how many rows went. */
  prune(): Promise<number>;
  /** Writes what is queued (within a few seconds), stops the daily prune, closes the database. */
  stop(): Promise<void>;
}

export interface HistoryOptions extends RecorderOptions {
  retentionDays: number;
}

/**
 * The instructors' history: the recorder in front of the store, the report behind it, and the
 * daily prune. Opening (and migrating) starts at once but is never waited for: a database that is
 * down at start-up is retried by the recorder, and Dockhand answers meanwhile.
 */
export function createHistory(store: Store, log: RecorderLog, options: HistoryOptions): History {
  const recorder = createRecorder(store, log, options);
  const now = options.now ?? Date.now;
  store.open().catch((err: Error) => log.warn({ err: err.message }, 'store: could not open the database at start-up; will retry'));
  const prune = async () => {
    const removed = await store.prune(now() - options.retentionDays * DAY_MS);
    if (removed > 0) log.info({ removed, retentionDays: options.retentionDays }, 'store: pruned old rows');
    return removed;
  };
  const safePrune = () => void prune().catch((err: Error) => log.warn({ err: err.message }, 'store: prune failed; will try again tomorrow'));
  safePrune();
  const daily = setInterval(safePrune, DAY_MS);
  daily.unref();
  return {
    record: recorder.record,
    flush: recorder.flush,
    pending: recorder.pending,
    report: (since, until) => buildReport(store, since, until ?? now()),
    prune,
    async stop() {
      clearInterval(daily);
      await recorder.stop();
      await store.close().catch(() => undefined);
    },
  };
}

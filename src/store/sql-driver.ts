import type { Dialect } from './schema.ts';

export type SqlValue = string | number | null;

export interface SqlRunner {
  /** `?` placeholders in both dialects; the Postgres driver numbers them. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** What `sql-store.ts` needs from a database driver; one per backend. */
export interface SqlDriver extends SqlRunner {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one transaction that holds the database's write lock (SQLite: BEGIN IMMEDIATE;
   * Postgres: an advisory lock), so migrations from two processes starting at once run one after
   * the other. Commits when `work` resolves, rolls back when it throws.
   */
  exclusive<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** One transaction, no lock beyond the rows it writes. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

import pg from 'pg';
import type { SqlDriver, SqlRunner, SqlValue } from './sql-driver.ts';
import { createSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';

/** Any constant: migrations from every Dockhand process serialise on this advisory lock. */
const MIGRATION_LOCK = 0x646f636b; // "dock"

/** `?` → `$1, $2, …` (Dockhand's SQL has no `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export interface PostgresOptions {
  /** Called with errors of idle connections (the server went away); unhandled, they would crash the process. */
  onIdleError?: (err: Error) => void;
}

function postgresDriver(url: string, options: PostgresOptions): SqlDriver {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    // A database that is down must fail fast: the recorder keeps the rows and retries.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    query_timeout: 15_000,
    application_name: 'dockhand',
  });
  pool.on('error', (err) => options.onIdleError?.(err));
  let ended: Promise<void> | undefined;
  const runner = (client: pg.Pool | pg.PoolClient): SqlRunner => ({
    query: async <T>(sql: string, params: readonly SqlValue[] = []) => (await client.query(numbered(sql), params as SqlValue[])).rows as T[],
  });
  const inTransaction = async <T>(lock: boolean, work: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      if (lock) await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const result = await work(runner(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      // A connection that could not even roll back is discarded, not handed to the next write.
      client.release(broken);
    }
  };
  return {
    dialect: 'postgres',
    query: runner(pool).query,
    exclusive: (work) => inTransaction(true, work),
    transaction: (work) => inTransaction(false, work),
    close: () => (ended ??= pool.end()),
  };
}

/** PostgreSQL through `pg`, when DATABASE_URL is set. Nothing connects until the first use. */
export function createPostgresStore(url: string, options: PostgresOptions = {}): Store {
  return createSqlStore(postgresDriver(url, options));
}

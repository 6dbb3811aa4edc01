import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlDriver, SqlRunner, SqlValue } from './sql-driver.ts';
import { createSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';

export const SQLITE_FILE = 'dockhand.db';

const turns = new Map<string, Promise<unknown>>();

function sqliteDriver(file: string): SqlDriver {
  let db: Database.Database | null = null;
  const connect = (): Database.Database => {
    if (db) return db;
    mkdirSync(dirname(file), { recursive: true });
    const opened = new Database(file);
    // WAL: readers never block the writer and a killed process leaves the file consistent.
    // NORMAL syncs at checkpoints, not every commit: a crash of the process loses nothing,
    // only a power cut can lose the last commits. The busy timeout lets a second process wait.
    opened.pragma('journal_mode = WAL');
    opened.pragma('synchronous = NORMAL');
    opened.pragma('busy_timeout = 5000');
    db = opened;
    return opened;
  };
  const statements = new Map<string, Database.Statement>();
  const run: SqlRunner['query'] = async <T>(sql: string, params: readonly SqlValue[] = []) => {
    const conn = connect();
    let statement = statements.get(sql);
    if (!statement) {
      statement = conn.prepare(sql);
      if (statements.size > 200) statements.clear();
      statements.set(sql, statement);
    }
    return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
  };
  // Transactions take turns, per file: a read never lands inside another's BEGIN, and two stores
  // on one file in one process never wait on each other's lock with the thread blocked.
  const inTransaction = <T>(begin: string, work: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    const turn = turns.get(file) ?? Promise.resolve();
    const next = turn.then(async () => {
      const conn = connect();
      conn.exec(begin);
      try {
        const result = await work({ query: run });
        conn.exec('COMMIT');
        return result;
      } catch (err) {
        if (conn.inTransaction) conn.exec('ROLLBACK');
        throw err;
      }
    });
    turns.set(file, next.catch(() => undefined));
    return next;
  };
  return {
    dialect: 'sqlite',
    query: async (sql, params) => {
      await turns.get(file);
      return run(sql, params);
    },
    exclusive: (work) => inTransaction('BEGIN IMMEDIATE', work),
    transaction: (work) => inTransaction('BEGIN IMMEDIATE', work),
    async close() {
      await turns.get(file);
      statements.clear();
      db?.close();
      db = null;
    },
  };
}

/** The embedded default: one file, `<dataDir>/dockhand.db`; the folder is created if missing. */
export function createSqliteStore(dataDir: string): Store {
  return createSqlStore(sqliteDriver(join(dataDir, SQLITE_FILE)));
}

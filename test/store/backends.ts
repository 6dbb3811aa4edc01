import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.ts';
import { createSqliteStore, SQLITE_FILE } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

/** A fresh, empty database of one backend, and ways to look inside it that do not use Dockhand's code. */
export interface TestDatabase {
  /** DATA_DIR or DATABASE_URL, as the app and the CLI are configured. */
  env: Record<string, string>;
  store(): Store;
  /** Every row of every table, read with the driver directly. */
  dump(): Promise<Record<string, Record<string, unknown>[]>>;
  /** Everything the database holds as text: the dump, plus for SQLite the raw bytes of the file and its WAL. */
  everything(): Promise<string>;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Why it cannot run here (never in CI: the global setup fails there instead). */
  unavailable: string | null;
  create(): Promise<TestDatabase>;
}

let seq = 0;

async function sqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'dh-store-'));
  const file = join(dir, SQLITE_FILE);
  const dump = async () => {
    const db = new Database(file, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
      return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]]));
    } finally {
      db.close();
    }
  };
  return {
    env: { DATA_DIR: dir },
    store: () => createSqliteStore(dir),
    dump,
    async everything() {
      const raw = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1'));
      return JSON.stringify(await dump()) + raw.join('\n');
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(admin: string): Promise<TestDatabase> {
  const name = `dh_test_${process.pid}_${Date.now()}_${++seq}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dump = async () => {
    const c = new pg.Client({ connectionString: url.href });
    await c.connect();
    try {
      const tables = (await c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")).rows as { table_name: string }[];
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const { table_name } of tables) out[table_name] = (await c.query(`SELECT * FROM "${table_name}"`)).rows;
      return out;
    } finally {
      await c.end();
    }
  };
  return {
    env: { DATABASE_URL: url.href },
    store: () => createPostgresStore(url.href),
    dump,
    everything: async () => JSON.stringify(await dump()),
    async cleanup() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Both backends: the same tests run against each. */
export function backends(): Backend[] {
  const url = inject('postgresUrl');
  return [
    { name: 'sqlite', unavailable: null, create: sqliteDatabase },
    { name: 'postgres', unavailable: url ? null : inject('postgresUnavailable'), create: () => postgresDatabase(url!) },
  ];
}

import Database from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { SQLITE_FILE } from '../../src/store/sqlite-store.ts';
import type { TestDatabase } from './backends.ts';

/** One statement straight through the driver, bypassing Dockhand's store. */
export async function rawQuery(db: TestDatabase, sql: string): Promise<void> {
  if (db.env.DATA_DIR) {
    const conn = new Database(join(db.env.DATA_DIR, SQLITE_FILE));
    conn.exec(sql);
    conn.close();
    return;
  }
  const client = new pg.Client({ connectionString: db.env.DATABASE_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

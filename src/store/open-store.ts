import type { StoreConfig } from '../config.ts';
import { createPostgresStore, type PostgresOptions } from './postgres-store.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

/** PostgreSQL when DATABASE_URL is set, else the SQLite file under DATA_DIR. Connects lazily. */
export function openStore(config: Pick<StoreConfig, 'dataDir' | 'databaseUrl'>, options: PostgresOptions = {}): Store {
  return config.databaseUrl ? createPostgresStore(config.databaseUrl, options) : createSqliteStore(config.dataDir);
}

import type { TestProject } from 'vitest/node';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from './private-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL superuser URL for the store tests (each file makes its own database), or null. */
    postgresUrl: string | null;
    postgresUnavailable: string | null;
  }
}

let cluster: PrivatePostgres | undefined;

/**
 * Gives the store tests a real PostgreSQL: TEST_DATABASE_URL when set (`.ci/run` starts one),
 * else a private cluster in a temp dir. In CI a missing PostgreSQL is an error, never a skip.
 */
export async function setup(project: TestProject): Promise<void> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresUnavailable', null);
    return;
  }
  const why = privatePostgresUnavailable();
  if (why) {
    if (process.env.CI) throw new Error(`CI needs PostgreSQL for the store tests: ${why}`);
    console.warn(`\n[dockhand] PostgreSQL store tests will be SKIPPED: ${why}\n`);
    project.provide('postgresUrl', null);
    project.provide('postgresUnavailable', why);
    return;
  }
  cluster = await startPrivatePostgres();
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresUnavailable', null);
}

export async function teardown(): Promise<void> {
  cluster?.stop();
}

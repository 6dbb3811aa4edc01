import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseCheck } from '../../src/ops/database-check.ts';
import { openStore } from '../../src/store/open-store.ts';

describe('databaseCheck', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-dbcheck-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is ok when the SQLite file opens and answers', async () => {
    const store = openStore({ dataDir: dir, databaseUrl: null });
    try {
      expect(await databaseCheck(store).check()).toEqual({ ok: true, detail: 'SQLite' });
      expect(databaseCheck(store)).toMatchObject({ name: 'database', critical: false });
    } finally {
      await store.close();
    }
  });

  it('fails, naming neither host nor user, when PostgreSQL does not answer', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const store = openStore({ dataDir: dir, databaseUrl: 'postgres://dockhand_user:pw@127.0.0.1:1/dockhand' });
    try {
      const result = await databaseCheck(store).check();
      expect(result.ok).toBe(false);
      expect(result.detail).toMatch(/PostgreSQL database does not answer/);
      expect(result.detail).not.toMatch(/127\.0\.0\.1|dockhand_user|pw/);
    } finally {
      await store.close();
    }
  });
});

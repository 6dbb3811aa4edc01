import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/store/sqlite-store.ts';
import { backends, type TestDatabase } from './backends.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Writer {
  exited: Promise<number | null>;
  flushed(): number;
  kill(): void;
  stderr(): string;
}

function startWriter(env: Record<string, string>, writer: string, count: number, batch: number): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/fixtures/write-records.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env, WRITER: writer, COUNT: String(count), BATCH: String(batch) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  return {
    exited: new Promise((resolve) => child.once('close', (code) => resolve(code))),
    flushed: () => Math.max(0, ...[...out.matchAll(/flushed (\d+)/g)].map((m) => Number(m[1]))),
    kill: () => child.kill('SIGKILL'),
    stderr: () => err,
  };
}

/** A row is whole when its text is exactly what the writer built: `<writer>:<i>:xxx…|<length>|end`. */
function whole(text: string): boolean {
  const m = /^(.*)\|(\d+)\|end$/s.exec(text);
  return m !== null && m[1]!.length === Number(m[2]);
}

for (const backend of backends()) {
  describe.skipIf(backend.unavailable !== null)(`${backend.name}: several processes, and a killed one${backend.unavailable ? ` (SKIPPED: ${backend.unavailable})` : ''}`, () => {
    let db: TestDatabase | undefined;
    afterEach(async () => {
      await db?.cleanup();
      db = undefined;
    });

    it('loses nothing when two processes start on a new database and write at once', async () => {
      db = await backend.create();
      const count = 1500;
      const writers = [startWriter(db.env, 'a', count, 50), startWriter(db.env, 'b', count, 50)];
      const codes = await Promise.all(writers.map((w) => w.exited));
      expect(codes, writers.map((w) => w.stderr()).join('\n')).toEqual([0, 0]);
      const rows = (await db.dump()).questions!;
      expect(rows).toHaveLength(2 * count);
      for (const id of ['a', 'b']) {
        const seen = rows.map((r) => String(r.text)).filter((t) => t.startsWith(`${id}:`)).map((t) => Number(t.split(':')[1])).sort((x, y) => x - y);
        expect(seen).toEqual(Array.from({ length: count }, (_, i) => i));
      }
      expect(rows.every((r) => whole(String(r.text)))).toBe(true);
      expect((await db.dump()).schema_migrations).toHaveLength(1);
    });

    it('a process killed (SIGKILL) mid-write leaves no half-written row, and keeps every confirmed one', async () => {
      db = await backend.create();
      const writer = startWriter(db.env, 'k', 200_000, 400);
      for (let i = 0; i < 600 && writer.flushed() < 2000; i++) await new Promise((r) => setTimeout(r, 50));
      expect(writer.flushed(), writer.stderr()).toBeGreaterThanOrEqual(2000);
      // Mid-stream: it writes a batch after every confirmation, so a batch is in flight now.
      writer.kill();
      const confirmed = writer.flushed();
      expect(await writer.exited).toBe(null);
      if (db.env.DATA_DIR) {
        const check = new Database(join(db.env.DATA_DIR, SQLITE_FILE));
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        check.close();
      }
      const rows = (await db.dump()).questions!;
      expect(rows.length).toBeGreaterThanOrEqual(confirmed);
      // Batches commit whole: the row count is a multiple of the batch size.
      expect(rows.length % 400).toBe(0);
      expect(rows.filter((r) => !whole(String(r.text)))).toEqual([]);
      // And the database takes the next writer as if nothing happened.
      const next = startWriter(db.env, 'n', 100, 100);
      expect(await next.exited).toBe(0);
      expect((await db.dump()).questions!.length).toBe(rows.length + 100);
    });
  });
}

import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/store/schema.ts';
import type { QuestionRow, Rows, RunRow, Store } from '../../src/store/store.ts';
import { backends, type TestDatabase } from './backends.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 12); // 2026-11-20 12:00 UTC

const question = (over: Partial<QuestionRow>): QuestionRow => ({
  at: T0, user: 'u1', surface: 'slash', channel: 'C1', text: 'what are namespaces', lang: 'en',
  outcome: 'answer', card: 'namespaces', topic: null, score: 0.9, ...over,
});
const run = (over: Partial<RunRow>): RunRow => ({
  at: T0, user: 'u1', surface: 'slash', channel: 'C1', argv: '["docker","ps"]', outcome: 'run', code: null, ms: 12.5, signature: 'docker container ls', ...over,
});
const rows = (over: Partial<Rows>): Rows => ({ questions: [], feedback: [], runs: [], ...over });

for (const backend of backends()) {
  describe.skipIf(backend.unavailable !== null)(`the ${backend.name} store${backend.unavailable ? ` (SKIPPED: ${backend.unavailable})` : ''}`, () => {
    let db: TestDatabase;
    const open: Store[] = [];
    const store = async () => {
      db ??= await backend.create();
      const s = db.store();
      open.push(s);
      return s;
    };

    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
      await db?.cleanup();
      db = undefined as unknown as TestDatabase;
    });

    it('migrates a new database once, keeps one salt across restarts, and re-opens without change', async () => {
      const first = await store();
      await first.open();
      const salt = await first.salt();
      expect(salt.length).toBe(32);
      await first.close();
      const second = await store();
      await second.open();
      expect((await second.salt()).equals(salt)).toBe(true);
      const dump = await db.dump();
      expect(dump.schema_migrations!.map((r) => Number(r.version))).toEqual([LATEST_VERSION]);
      expect(Object.keys(dump).sort()).toEqual(['feedback', 'install', 'questions', 'sandbox_runs', 'schema_migrations']);
    });

    it('applies migrations once when several processes open a new database at the same moment', async () => {
      await store();
      const stores = await Promise.all(Array.from({ length: 4 }, () => store()));
      await Promise.all(stores.map((s) => s.open()));
      const salts = await Promise.all(stores.map((s) => s.salt()));
      expect(new Set(salts.map((s) => s.toString('hex'))).size).toBe(1);
      expect((await db.dump()).schema_migrations).toHaveLength(1);
    });

    it('refuses a database that a newer Dockhand migrated, naming the versions', async () => {
      const s = await store();
      await s.write(rows({}));
      const raw = db.store();
      open.push(raw);
      // A future migration, recorded the way this one records its own.
      await (await import('./raw-query.ts')).rawQuery(db, 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, \'future\', 0)');
      await expect(raw.open()).rejects.toMatchObject({ code: 'STORE_SCHEMA_NEWER', message: expect.stringContaining('999') });
    });

    it('reads per-day counts, languages, unanswered texts, votes with reasons and refusals for the window', async () => {
      const s = await store();
      await s.write(rows({
        questions: [
          question({}),
          question({ at: T0 + 1000, lang: 'zh-TW', text: '什麼是 namespace' }),
          question({ at: T0 + DAY, outcome: 'no-answer', card: null, score: null, text: 'how do I mount a host folder' }),
          question({ at: T0 + DAY, outcome: 'outside-notes', card: null, topic: 'bind-mounts', text: 'mount a host folder' }),
          question({ at: T0 + DAY, outcome: 'suggestions', card: null, text: 'how to see logs' }),
          question({ at: T0 - 10 * DAY, outcome: 'no-answer', card: null, text: 'too old to be in the window' }),
        ],
        feedback: [
          { at: T0, user: 'u1', card: 'namespaces', lang: 'en', vote: 'up', reason: null, comment: null },
          { at: T0, user: 'u2', card: 'namespaces', lang: 'en', vote: 'down', reason: 'wrong-facts', comment: 'ipc is missing' },
          { at: T0, user: 'u3', card: 'namespaces', lang: 'en', vote: 'down', reason: 'unclear', comment: null },
        ],
        runs: [
          run({}),
          run({ outcome: 'refused', code: 'NOT_ALLOWED', signature: 'docker container run -i -t' }),
          run({ outcome: 'refused', code: 'NOT_ALLOWED', signature: 'docker container run -i -t' }),
          run({ outcome: 'refused', code: 'NOT_ALLOWED', signature: 'docker container rm -f' }),
        ],
      }));
      const r = await s.read(T0 - DAY, T0 + 2 * DAY);
      expect(r.days).toEqual([
        { day: Math.floor(T0 / DAY), questions: 2, answered: 2 },
        { day: Math.floor(T0 / DAY) + 1, questions: 3, answered: 0 },
      ]);
      expect(r.languages).toEqual([{ lang: 'en', count: 4 }, { lang: 'zh-TW', count: 1 }]);
      expect(r.unanswered.map((u) => u.text).sort()).toEqual(['how do I mount a host folder', 'how to see logs', 'mount a host folder']);
      expect(r.unanswered.find((u) => u.topic)).toMatchObject({ outcome: 'outside-notes', topic: 'bind-mounts' });
      expect(r.votes.sort((a, b) => `${a.vote}${a.reason}`.localeCompare(`${b.vote}${b.reason}`))).toEqual([
        { card: 'namespaces', vote: 'down', reason: 'unclear', count: 1 },
        { card: 'namespaces', vote: 'down', reason: 'wrong-facts', count: 1 },
        { card: 'namespaces', vote: 'up', reason: null, count: 1 },
      ]);
      expect(r.comments).toEqual([{ card: 'namespaces', reason: 'wrong-facts', comment: 'ipc is missing' }]);
      expect(r.refused).toEqual([{ signature: 'docker container run -i -t', count: 2 }, { signature: 'docker container rm -f', count: 1 }]);
    });

    it('writes a batch in one transaction: one bad row and nothing of it lands', async () => {
      const s = await store();
      await s.write(rows({ questions: [question({})] }));
      const bad = { at: T0, user: null, card: 'x', lang: 'en', vote: 'sideways' as 'up', reason: null, comment: null };
      await expect(s.write(rows({ questions: [question({ text: 'in the failed batch' })], feedback: [bad] }))).rejects.toThrow();
      const dump = await db.dump();
      expect(dump.questions!.map((q) => q.text)).toEqual(['what are namespaces']);
      expect(dump.feedback).toEqual([]);
    });

    it('prunes rows older than the cutoff from every table and keeps the rest', async () => {
      const s = await store();
      const old = T0 - 100 * DAY;
      await s.write(rows({
        questions: [question({ at: old }), question({})],
        feedback: [{ at: old, user: null, card: 'a', lang: 'en', vote: 'up', reason: null, comment: null }],
        runs: [run({ at: old }), run({})],
      }));
      expect(await s.prune(T0 - 90 * DAY)).toBe(3);
      const dump = await db.dump();
      expect([dump.questions!.length, dump.feedback!.length, dump.sandbox_runs!.length]).toEqual([1, 0, 1]);
      expect(await s.prune(T0 - 90 * DAY)).toBe(0);
    });
  });
}

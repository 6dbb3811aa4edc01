import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHistory } from '../../src/store/history.ts';
import { createSqliteStore } from '../../src/store/sqlite-store.ts';
import type { QuestionRow } from '../../src/store/store.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12);
const row = (at: number, text: string): QuestionRow => ({ at, user: null, surface: 'slash', channel: null, text, lang: 'en', outcome: 'no-answer', card: null, topic: null, score: null });
const quiet = { warn: () => {}, info: () => {} };

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createHistory', () => {
  it('prunes rows older than RETENTION_DAYS when it starts, and reports what is left', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dh-history-'));
    const seed = createSqliteStore(dir);
    await seed.write({ questions: [row(NOW - 91 * DAY, 'too old'), row(NOW - 89 * DAY, 'kept'), row(NOW - DAY, 'recent')], feedback: [], runs: [] });
    await seed.close();
    const history = createHistory(createSqliteStore(dir), quiet, { retentionDays: 90, now: () => NOW });
    let report = await history.report(NOW - 100 * DAY);
    for (let i = 0; i < 50 && report.questions !== 2; i++) {
      await new Promise((r) => setTimeout(r, 20));
      report = await history.report(NOW - 100 * DAY);
    }
    expect(report.unanswered.map((g) => g.text).sort()).toEqual(['kept', 'recent']);
    expect(await history.prune()).toBe(0);
    await history.stop();
  });

  it('records through the queue and reports it after a flush, from a fresh file under DATA_DIR', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dh-history-'));
    const history = createHistory(createSqliteStore(join(dir, 'not-yet-there')), quiet, { retentionDays: 90 });
    history.record({ kind: 'question', user: 'U0ALICE', surface: 'dm', channel: 'D0X', text: 'what is a layer', lang: 'en', outcome: 'answer', card: 'union-file-system', topic: null, score: 0.8 });
    history.record({ kind: 'feedback', user: 'U0ALICE', card: 'union-file-system', lang: 'en', vote: 'up', reason: null, comment: null });
    expect(await history.flush()).toBe(true);
    const report = await history.report(Date.now() - DAY);
    expect(report).toMatchObject({ questions: 1, answered: 1, languages: { en: 1 }, feedback: [{ card: 'union-file-system', up: 1, down: 0, reasons: [] }] });
    await history.stop();
  });
});

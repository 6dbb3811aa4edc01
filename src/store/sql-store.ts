import { randomBytes } from 'node:crypto';
import type { SqlDriver, SqlRunner, SqlValue } from './sql-driver.ts';
import { HISTORY_TABLES, LATEST_VERSION, MIGRATIONS } from './schema.ts';
import { StoreError, type ReportRows, type Rows, type Store } from './store.ts';

const DAY_MS = 86_400_000;
/** Enough to group a week of gaps; the newest are kept when there are more. */
const MAX_UNANSWERED = 5000;
const MAX_COMMENTS = 500;
/** Rows per INSERT statement, well under either database's parameter limit. */
const CHUNK = 100;

/** Outcomes that gave the asker no card: what instructors look at to write the next one. */
export const UNANSWERED_OUTCOMES = ['no-answer', 'suggestions', 'outside-notes'] as const;

const num = (v: unknown): number => Number(v ?? 0);

async function insertMany(tx: SqlRunner, table: string, columns: string[], rows: SqlValue[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
  }
}

async function migrate(tx: SqlRunner, dialect: SqlDriver['dialect']): Promise<Buffer> {
  await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  const applied = new Set((await tx.query<{ version: unknown }>('SELECT version FROM schema_migrations')).map((r) => num(r.version)));
  const newest = Math.max(0, ...applied);
  if (newest > LATEST_VERSION) {
    throw new StoreError('STORE_SCHEMA_NEWER', `the database has schema version ${newest}, newer than this Dockhand knows (${LATEST_VERSION}): upgrade Dockhand`);
  }
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    for (const statement of m.up(dialect)) await tx.query(statement);
    await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, Date.now()]);
  }
  await tx.query('INSERT INTO install (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', ['salt', randomBytes(32).toString('hex')]);
  const [row] = await tx.query<{ value: string }>('SELECT value FROM install WHERE key = ?', ['salt']);
  return Buffer.from(row!.value, 'hex');
}

/** The one data-access module: schema, migrations and every query, for either driver. */
export function createSqlStore(driver: SqlDriver): Store {
  let opened: Promise<Buffer> | null = null;
  const open = () => {
    // A failed open is forgotten, so the next call tries again (the database may be back).
    opened ??= driver.exclusive((tx) => migrate(tx, driver.dialect)).catch((err: unknown) => {
      opened = null;
      throw err instanceof StoreError ? err : new StoreError('STORE_UNAVAILABLE', `could not open the ${driver.dialect} store: ${(err as Error).message}`, { cause: err });
    });
    return opened;
  };
  const q = driver.query.bind(driver);

  return {
    backend: driver.dialect,
    async open() {
      await open();
    },
    salt: open,
    async ping() {
      await open();
      try {
        await q('SELECT 1');
      } catch (err) {
        throw new StoreError('STORE_UNAVAILABLE', `the ${driver.dialect} store does not answer: ${(err as Error).message}`, { cause: err });
      }
    },
    async write(rows: Rows) {
      await open();
      await driver.transaction(async (tx) => {
        await insertMany(tx, 'questions', ['at', 'user_hash', 'surface', 'channel', 'text', 'lang', 'outcome', 'card_id', 'topic_id', 'score'],
          rows.questions.map((r) => [r.at, r.user, r.surface, r.channel, r.text, r.lang, r.outcome, r.card, r.topic, r.score]));
        await insertMany(tx, 'feedback', ['at', 'user_hash', 'card_id', 'lang', 'vote', 'reason', 'comment'],
          rows.feedback.map((r) => [r.at, r.user, r.card, r.lang, r.vote, r.reason, r.comment]));
        await insertMany(tx, 'sandbox_runs', ['at', 'user_hash', 'surface', 'channel', 'argv', 'outcome', 'code', 'ms', 'signature'],
          rows.runs.map((r) => [r.at, r.user, r.surface, r.channel, r.argv, r.outcome, r.code, r.ms, r.signature]));
      });
    },
    async read(since, until): Promise<ReportRows> {
      await open();
      const range = [since, until];
      const unanswered = UNANSWERED_OUTCOMES.map(() => '?').join(', ');
      const [days, languages, texts, votes, comments, refused] = await Promise.all([
        q<{ day: unknown; questions: unknown; answered: unknown }>(
          `SELECT at / ${DAY_MS} AS day, COUNT(*) AS questions, SUM(CASE WHEN outcome = 'answer' THEN 1 ELSE 0 END) AS answered
           FROM questions WHERE at >= ? AND at < ? GROUP BY at / ${DAY_MS} ORDER BY day`, range),
        q<{ lang: string; count: unknown }>('SELECT lang, COUNT(*) AS count FROM questions WHERE at >= ? AND at < ? GROUP BY lang ORDER BY count DESC, lang', range),
        q<{ text: string; lang: string; outcome: string; topic_id: string | null }>(
          `SELECT text, lang, outcome, topic_id FROM questions WHERE at >= ? AND at < ? AND outcome IN (${unanswered})
           ORDER BY at DESC, id DESC LIMIT ${MAX_UNANSWERED}`, [...range, ...UNANSWERED_OUTCOMES]),
        q<{ card_id: string | null; vote: 'up' | 'down'; reason: string | null; count: unknown }>(
          'SELECT card_id, vote, reason, COUNT(*) AS count FROM feedback WHERE at >= ? AND at < ? GROUP BY card_id, vote, reason', range),
        q<{ card_id: string | null; reason: string | null; comment: string }>(
          `SELECT card_id, reason, comment FROM feedback WHERE at >= ? AND at < ? AND comment IS NOT NULL ORDER BY at DESC, id DESC LIMIT ${MAX_COMMENTS}`, range),
        q<{ signature: string; count: unknown }>(
          `SELECT signature, COUNT(*) AS count FROM sandbox_runs WHERE at >= ? AND at < ? AND outcome = 'refused' GROUP BY signature ORDER BY count DESC, signature`, range),
      ]);
      return {
        days: days.map((r) => ({ day: num(r.day), questions: num(r.questions), answered: num(r.answered) })),
        languages: languages.map((r) => ({ lang: r.lang, count: num(r.count) })),
        unanswered: texts.map((r) => ({ text: r.text, lang: r.lang, outcome: r.outcome, topic: r.topic_id })),
        votes: votes.map((r) => ({ card: r.card_id, vote: r.vote, reason: r.reason, count: num(r.count) })),
        comments: comments.map((r) => ({ card: r.card_id, reason: r.reason, comment: r.comment })),
        refused: refused.map((r) => ({ signature: r.signature, count: num(r.count) })),
      };
    },
    async prune(before) {
      await open();
      return driver.transaction(async (tx) => {
        let removed = 0;
        for (const table of HISTORY_TABLES) {
          const rows = await tx.query<{ id: unknown }>(`DELETE FROM ${table} WHERE at < ? RETURNING id`, [before]);
          removed += rows.length;
        }
        return removed;
      });
    },
    close: () => driver.close(),
  };
}

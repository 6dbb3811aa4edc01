export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  up(dialect: Dialect): string[];
}

// Times are epoch milliseconds in a BIGINT: the same integer arithmetic in both databases
// (a day is `at / 86400000`), and no time-zone conversions between driver and server.
const id = (d: Dialect) => (d === 'sqlite' ? 'id INTEGER PRIMARY KEY' : 'id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY');

/** The one schema, for both backends. Append migrations; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'questions, feedback, sandbox runs, install salt',
    up: (d) => [
      `CREATE TABLE install (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE TABLE questions (
        ${id(d)}, at BIGINT NOT NULL, user_hash TEXT, surface TEXT NOT NULL, channel TEXT,
        text TEXT NOT NULL, lang TEXT NOT NULL, outcome TEXT NOT NULL, card_id TEXT, topic_id TEXT, score DOUBLE PRECISION)`,
      `CREATE INDEX questions_at ON questions (at)`,
      `CREATE TABLE feedback (
        ${id(d)}, at BIGINT NOT NULL, user_hash TEXT, card_id TEXT, lang TEXT,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')), reason TEXT, comment TEXT)`,
      `CREATE INDEX feedback_at ON feedback (at)`,
      `CREATE TABLE sandbox_runs (
        ${id(d)}, at BIGINT NOT NULL, user_hash TEXT, surface TEXT NOT NULL, channel TEXT,
        argv TEXT, outcome TEXT NOT NULL, code TEXT, ms DOUBLE PRECISION NOT NULL, signature TEXT NOT NULL)`,
      `CREATE INDEX sandbox_runs_at ON sandbox_runs (at)`,
    ],
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

/** Tables with an `at` column, which retention prunes. */
export const HISTORY_TABLES = ['questions', 'feedback', 'sandbox_runs'] as const;

import { describe, expect, it } from 'vitest';
import { createRecorder } from '../../src/store/recorder.ts';
import { StoreError, type Rows, type Store } from '../../src/store/store.ts';

/** A store on the other side of the network that can be "down": writes land in `written` only when up. */
function flakyStore() {
  const written: Rows[] = [];
  const state = { up: true, writes: 0, failures: 0 };
  const store: Store = {
    backend: 'sqlite',
    open: async () => {},
    salt: async () => Buffer.alloc(32, 7),
    async write(rows) {
      state.writes++;
      if (!state.up) {
        state.failures++;
        throw new StoreError('STORE_UNAVAILABLE', 'connect ECONNREFUSED 127.0.0.1:5432');
      }
      written.push(structuredClone(rows));
    },
    read: async () => ({ days: [], languages: [], unanswered: [], votes: [], comments: [], refused: [] }),
    prune: async () => 0,
    ping: async () => {},
    close: async () => {},
  };
  return { store, written, state, all: () => written.flatMap((r) => [...r.questions, ...r.feedback, ...r.runs]) };
}

function logSink() {
  const lines: { level: string; msg: string; obj: Record<string, unknown> }[] = [];
  return {
    lines,
    warn: (obj: object, msg: string) => void lines.push({ level: 'warn', msg, obj: obj as Record<string, unknown> }),
    info: (obj: object, msg: string) => void lines.push({ level: 'info', msg, obj: obj as Record<string, unknown> }),
  };
}

const question = (text: string, user = 'U0ALICE') =>
  ({ kind: 'question', user, surface: 'slash', channel: 'C1', text, lang: 'en', outcome: 'no-answer', card: null, topic: null, score: null }) as const;

describe('createRecorder', () => {
  it('returns at once and writes a burst in one batch a moment later', async () => {
    const db = flakyStore();
    const recorder = createRecorder(db.store, logSink(), { batchMs: 20 });
    for (let i = 0; i < 50; i++) recorder.record(question(`q${i}`));
    expect(db.state.writes).toBe(0);
    expect(recorder.pending()).toBe(50);
    expect(await recorder.flush()).toBe(true);
    expect(db.state.writes).toBe(1);
    expect(db.all()).toHaveLength(50);
  });

  it('stores pseudonyms, redacted text, redacted argv and a signature, never the raw values', async () => {
    const db = flakyStore();
    const recorder = createRecorder(db.store, logSink(), { batchMs: 1 });
    recorder.record(question('my DB_PASS=hunter2 fails'));
    recorder.record({ kind: 'run', user: 'U0ALICE', surface: 'slash', channel: 'D0DM', argv: ['docker', 'login', '-u', 'me', '-p', 'hunter2'], outcome: 'refused', code: 'NOT_ALLOWED', ms: 0.26 });
    recorder.record({ kind: 'feedback', user: 'U0BOB', card: 'namespaces', lang: 'en', vote: 'down', reason: 'other', comment: '  token=hunter2  ' });
    await recorder.flush();
    const [rows] = db.written;
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/U0ALICE|U0BOB|hunter2|D0DM/);
    expect(rows!.questions[0]!.user).toMatch(/^[0-9a-f]{16}$/);
    expect(rows!.runs[0]!.user).toBe(rows!.questions[0]!.user);
    expect(rows!.feedback[0]!.user).not.toBe(rows!.questions[0]!.user);
    expect(rows!.runs[0]).toMatchObject({ channel: 'dm', signature: 'docker login -p -u', ms: 0.3, argv: JSON.stringify(['docker', 'login', '-u', 'me', '-p', '<redacted>']) });
    expect(rows!.feedback[0]!.comment).toBe('token=<redacted>');
  });

  it('keeps records while the database is down, logs it once, and writes them when it is back', async () => {
    const db = flakyStore();
    const log = logSink();
    const recorder = createRecorder(db.store, log, { batchMs: 1, retryMinMs: 10, retryMaxMs: 40 });
    db.state.up = false;
    for (let i = 0; i < 5; i++) recorder.record(question(`down ${i}`));
    expect(await recorder.flush(300)).toBe(false);
    expect(db.state.failures).toBeGreaterThan(1);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(JSON.stringify(log.lines)).not.toMatch(/down \d|U0ALICE/);
    db.state.up = true;
    recorder.record(question('after'));
    expect(await recorder.flush(2000)).toBe(true);
    expect(db.all().map((r) => (r as { text: string }).text)).toEqual(['down 0', 'down 1', 'down 2', 'down 3', 'down 4', 'after']);
    expect(log.lines.at(-1)).toMatchObject({ level: 'info', msg: expect.stringContaining('back') });
  });

  it('bounds what waits in memory while the database is down, dropping the oldest', async () => {
    const db = flakyStore();
    const log = logSink();
    const recorder = createRecorder(db.store, log, { batchMs: 1, retryMinMs: 5, retryMaxMs: 5, maxQueued: 10, maxBatch: 4 });
    db.state.up = false;
    for (let i = 0; i < 25; i++) recorder.record(question(`q${i}`));
    await new Promise((r) => setTimeout(r, 30));
    db.state.up = true;
    expect(await recorder.flush(2000)).toBe(true);
    expect(db.all().map((r) => (r as { text: string }).text)).toEqual(Array.from({ length: 10 }, (_, i) => `q${i + 15}`));
    expect(log.lines.some((l) => l.msg.includes('dropping the oldest'))).toBe(true);
  });

  it('never throws into the caller, and records nothing after stop', async () => {
    const db = flakyStore();
    const recorder = createRecorder(db.store, logSink(), { batchMs: 1 });
    expect(() => recorder.record({ kind: 'run', surface: 'slash', argv: null, outcome: 'refused', code: null, ms: Number.NaN })).not.toThrow();
    await recorder.stop();
    recorder.record(question('late'));
    expect(recorder.pending()).toBe(0);
    expect(db.all()).toHaveLength(1);
  });
});

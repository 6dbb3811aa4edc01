/**
 * `npm run bench:http`: ack latency of Dockhand in HTTP mode (the compiled CLI as an operator runs
 * it, `node dist/cli.js start`, rebuilt first; real brain, sandbox on
 * a private dockerd with the test fixtures, Web API and response_url on a local recording server)
 * beside a bare Bolt app that only acks, at rising rates, in the same run; then RSS before and
 * after 20,000 more requests (with the live heap after the latest full GC, which unlike RSS does
 * not grow just because V8 collects lazily). Prints a table with ratios; asserts nothing.
 *
 * Load: signed `/docker` slash commands, 3 questions to 1 `ps`, from 200 user ids, with
 * SANDBOX_RATE_PER_MIN=10000 so the per-user limiter never refuses (it is not what is measured).
 *
 * Recording (the instructors' history) is measured the same way: Dockhand with RECORDING=off beside
 * Dockhand recording to SQLite (the default) and, when a private PostgreSQL can start here, to
 * PostgreSQL, in alternating rounds at BENCH_RECORDING_RATE (200) req/s; medians of the rounds,
 * and afterwards a count of the rows each database holds against the requests it was sent.
 *
 * BENCH_REDIS=1 gives Dockhand a real redis-server (REDIS_URL), so rate limits and sandbox slots
 * go through Redis as with replicas.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from '../test/setup/private-postgres.ts';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtures } from '../test/setup/build-fixtures.ts';
import { privateDockerdUnavailable, startPrivateDockerd } from '../test/setup/private-dockerd.ts';
import { startRedisServer, type RedisServer } from '../test/setup/redis-server.ts';
import { form, SIGNING_SECRET } from '../test/slack/signed-request.ts';
import { startReplySink, type ReplySink } from './lib/start-reply-sink.ts';
import { startServerProcess, type ServerProcess } from './lib/server-process.ts';
import { signedLoad, type LoadResult } from './lib/signed-load.ts';

const RATES = (process.env.BENCH_RATES ?? '50,100,200,400,800').split(',').map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 8);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SOAK_REQUESTS = Number(process.env.BENCH_SOAK_REQUESTS ?? 20_000);
const SOAK_RATE = Number(process.env.BENCH_SOAK_RATE ?? 500);
const REST_SECONDS = Number(process.env.BENCH_REST_SECONDS ?? 15);
const CONNECTIONS = 20;
const RECORDING_RATE = Number(process.env.BENCH_RECORDING_RATE ?? 200);
const RECORDING_ROUNDS = Number(process.env.BENCH_RECORDING_ROUNDS ?? 5);
// Before the rounds every app gets as many requests as the busiest has had, so the JIT is equally warm.
const RECORDING_WARM = Number(process.env.BENCH_RECORDING_WARM ?? 5000);
// BENCH_ONLY=recording skips the rate sweep and the soak.
const ONLY_RECORDING = process.env.BENCH_ONLY === 'recording';
const USERS = 200;
// BENCH_MIX=questions leaves out the sandbox commands, to see what they cost the acks.
const MIX_ALL = ['what are namespaces?', 'how do I remove exited containers', 'ps', '什麼是 namespace', 'what is a union file system', 'how do I list images', 'ps -a', 'what does docker history show'];
const MIX = process.env.BENCH_MIX === 'questions' ? MIX_ALL.filter((t) => !t.startsWith('ps')) : MIX_ALL;

interface Delivered {
  replies: number;
  sandboxErrors: number;
  rateLimited: number;
}

interface Step {
  load: LoadResult;
  /** The app's CPU time per request over the step, replies included. */
  cpuPerRequest: number;
  /** Dockhand only: final replies for the commands of this step. */
  delivered: Delivered | null;
}

function commandBody(responseUrl: string, n: number): string {
  return form({
    token: 'legacy', team_id: 'T0TEAM', team_domain: 'bench', channel_id: 'C0BENCH', channel_name: 'bench', user_id: `U0BENCH${n % USERS}`,
    user_name: 'bench', command: '/docker', text: MIX[n % MIX.length]!, api_app_id: 'A0APP', response_url: `${responseUrl}/${n}`, trigger_id: 't',
  });
}

/** Waits (up to 60 s) until every acked command numbered from … to-1 got its final reply. */
async function delivered(sink: ReplySink, from: number, to: number, acked: number): Promise<Delivered> {
  const hooks = new Set<number>();
  const total: Delivered = { replies: 0, sandboxErrors: 0, rateLimited: 0 };
  for (let i = 0; i < 600 && hooks.size < acked; i++) {
    const got = await sink.report();
    for (const h of got.hooks) if (h >= from && h < to) hooks.add(h);
    total.sandboxErrors += got.sandboxErrors;
    total.rateLimited += got.rateLimited;
    if (hooks.size < acked) await new Promise((r) => setTimeout(r, 100));
  }
  return { ...total, replies: hooks.size };
}

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const row = (cells: string[], widths: number[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');

function makeStepper(sink: ReplySink) {
  let next = 0;
  return async (app: ServerProcess, plan: { rate: number; duration?: number; amount?: number }): Promise<Step> => {
    const from = next;
    const cpu = app.cpuMs();
    const load = await signedLoad({ port: app.port, connections: CONNECTIONS, ...plan, body: (i) => commandBody(sink.responseUrl, from + i) });
    next = from + load.built;
    const replies = app.name.startsWith('Dockhand') ? await delivered(sink, from, next, load.ok) : null;
    return { load, cpuPerRequest: (app.cpuMs() - cpu) / load.built, delivered: replies };
  };
}

function deliveredCell(step: Step): string {
  const d = step.delivered;
  if (!d) return 'n/a';
  const lost = step.load.ok - d.replies;
  return `${lost > 0 ? `${lost} lost` : 'all'}${d.sandboxErrors ? `, ${d.sandboxErrors} sandbox errors` : ''}${d.rateLimited ? `, ${d.rateLimited} rate-limited` : ''}`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Each rate is run REPEATS times, bare and Dockhand alternating, and the medians are printed: on a
 * shared machine one step's p99 can be one neighbour's burst. The p99 × column is the median of the
 * per-repeat ratios, with their range.
 */
async function sweep(step: ReturnType<typeof makeStepper>, bare: ServerProcess, dockhand: ServerProcess): Promise<void> {
  const widths = [6, 9, 9, 9, 9, 6, 6, 13, 8, 8, 7, 11, 8];
  console.log(`\nack latency (ms), ${STEP_SECONDS} s per step, ${CONNECTIONS} connections, medians of ${REPEATS} alternating repeats; × = Dockhand / bare`);
  console.log(row(['req/s', 'bare p50', 'bare p99', 'dh p50', 'dh p99', 'p50 ×', 'p99 ×', 'p99 × range', 'bare rps', 'dh rps', 'errors', 'cpu ms/req', 'replies'], widths));
  for (const rate of RATES) {
    const runs: { b: Step; d: Step }[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const b = await step(bare, { rate, duration: STEP_SECONDS });
      const d = await step(dockhand, { rate, duration: STEP_SECONDS });
      runs.push({ b, d });
    }
    const m = (pick: (r: { b: Step; d: Step }) => number) => median(runs.map(pick));
    const ratios = runs.map((r) => r.d.load.p99 / r.b.load.p99);
    const errors = `${runs.reduce((n, r) => n + r.b.load.errors, 0)}/${runs.reduce((n, r) => n + r.d.load.errors, 0)}`;
    const lost = runs.find((r) => deliveredCell(r.d) !== 'all');
    console.log(row([
      String(rate), fmt(m((r) => r.b.load.p50)), fmt(m((r) => r.b.load.p99)), fmt(m((r) => r.d.load.p50)), fmt(m((r) => r.d.load.p99)),
      fmt(m((r) => r.d.load.p50 / r.b.load.p50)), fmt(median(ratios)), `${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))}`,
      fmt(m((r) => r.b.load.rps), 0), fmt(m((r) => r.d.load.rps), 0), errors,
      `${fmt(m((r) => r.b.cpuPerRequest))}/${fmt(m((r) => r.d.cpuPerRequest))}`, lost ? deliveredCell(lost.d) : 'all',
    ], widths));
  }
}

interface Memory {
  rss: number;
  live: number | null;
}

const memory = (app: ServerProcess): Memory => ({ rss: app.rssMb(), live: app.liveHeapMb() });
const memoryCell = (m: Memory) => `${fmt(m.rss, 0)} / ${m.live === null ? '-' : fmt(m.live, 0)}`;

async function soak(step: ReturnType<typeof makeStepper>, apps: ServerProcess[], warm: Memory[], afterSweep: Memory[]): Promise<void> {
  console.log(`\nmemory, MB: RSS / live heap after the latest full GC; after warm-up, after the sweep, after ${SOAK_REQUESTS} more requests at ${SOAK_RATE} req/s, then after ${REST_SECONDS} s without requests`);
  const widths = [9, 11, 12, 14, 11, 9, 9, 6, 10, 8];
  const header = row(['app', 'warm', 'after sweep', `after +${SOAK_REQUESTS}`, 'at rest', 'soak p50', 'soak p99', 'err', 'cpu ms/req', 'replies'], widths);
  const soaked: { s: Step; after: Memory }[] = [];
  for (const app of apps) {
    const s = await step(app, { rate: SOAK_RATE, amount: SOAK_REQUESTS });
    soaked.push({ s, after: memory(app) });
  }
  // Idle, V8's memory reducer gives back pages the soak left committed.
  await new Promise((r) => setTimeout(r, REST_SECONDS * 1000));
  const lines = apps.map((app, i) => {
    const { s, after } = soaked[i]!;
    return row([
      app.name, memoryCell(warm[i]!), memoryCell(afterSweep[i]!), memoryCell(after), memoryCell(memory(app)),
      fmt(s.load.p50), fmt(s.load.p99), String(s.load.errors), fmt(s.cpuPerRequest), deliveredCell(s),
    ], widths);
  });
  console.log([header, ...lines].join('\n'));
}

/** Rows the app's database holds (questions + sandbox runs), read with the driver directly. */
async function rowsIn(where: { dataDir?: string; url?: string }): Promise<number> {
  const sql = 'SELECT (SELECT COUNT(*) FROM questions) + (SELECT COUNT(*) FROM sandbox_runs) AS n';
  if (where.dataDir) {
    const db = new Database(join(where.dataDir, 'dockhand.db'), { readonly: true });
    const n = Number((db.prepare(sql).get() as { n: number }).n);
    db.close();
    return n;
  }
  const client = new pg.Client({ connectionString: where.url });
  await client.connect();
  const n = Number((await client.query(sql)).rows[0].n);
  await client.end();
  return n;
}

interface Recording {
  off: ServerProcess;
  on: { app: ServerProcess; where: { dataDir?: string; url?: string } }[];
}

async function recordingCost(step: ReturnType<typeof makeStepper>, rec: Recording): Promise<void> {
  const apps = [rec.off, ...rec.on.map((o) => o.app)];
  const sent = new Map<ServerProcess, number>(apps.map((a) => [a, 0]));
  const results = new Map<ServerProcess, Step[]>(apps.map((a) => [a, []]));
  console.log(`\nrecording on vs off: ack latency (ms) at ${RECORDING_RATE} req/s, ${RECORDING_ROUNDS} alternating rounds of ${STEP_SECONDS} s after ${RECORDING_WARM} warm-up requests each; medians of the rounds`);
  const settle = () => new Promise((r) => setTimeout(r, 1500));
  for (const app of apps) await step(app, { rate: 500, amount: RECORDING_WARM });
  await settle();
  const before = new Map(await Promise.all(rec.on.map(async (o) => [o.app, await rowsIn(o.where)] as const)));
  for (let round = 0; round < RECORDING_ROUNDS; round++) {
    for (const app of round % 2 ? [...apps].reverse() : apps) {
      const s = await step(app, { rate: RECORDING_RATE, duration: STEP_SECONDS });
      results.get(app)!.push(s);
      // Requests cut off when a round ends were still handled, so they count: every body sent.
      sent.set(app, sent.get(app)! + s.load.built);
    }
  }
  await settle();
  const widths = [26, 8, 8, 8, 8, 8, 11, 16];
  const off = results.get(rec.off)!;
  const offP50 = median(off.map((s) => s.load.p50));
  const offP99 = median(off.map((s) => s.load.p99));
  console.log(row(['app', 'p50', 'p99', 'p50 ×', 'p99 ×', 'errors', 'cpu ms/req', 'rows / requests'], widths));
  for (const app of apps) {
    const r = results.get(app)!;
    const p50 = median(r.map((s) => s.load.p50));
    const p99 = median(r.map((s) => s.load.p99));
    const on = rec.on.find((o) => o.app === app);
    // Every request of the rounds is a question or a command: each must be one new row.
    const stored = on ? `${(await rowsIn(on.where)) - before.get(app)!} / ${sent.get(app)!}` : 'n/a';
    console.log(row([
      app.name, fmt(p50), fmt(p99), fmt(p50 / offP50), fmt(p99 / offP99), String(r.reduce((n, s) => n + s.load.errors, 0)),
      fmt(median(r.map((s) => s.cpuPerRequest))), stored,
    ], widths));
  }
  console.log(`per-round p99 (ms): ${apps.map((a) => `${a.name}: ${results.get(a)!.map((s) => fmt(s.load.p99)).join(', ')}`).join(' | ')}`);
}

const WARM_REQUESTS = 300;

async function run(sink: ReplySink, bare: ServerProcess, dockhand: ServerProcess, recording: Recording): Promise<void> {
  const apps = [bare, dockhand];
  const step = makeStepper(sink);
  console.log('warming up every app (300 requests at 100 req/s each)…');
  for (const app of [...apps, recording.off, ...recording.on.map((o) => o.app).filter((a) => a !== dockhand)]) await step(app, { rate: 100, amount: WARM_REQUESTS });
  if (!ONLY_RECORDING) {
    const warm = apps.map(memory);
    await sweep(step, bare, dockhand);
    const afterSweep = apps.map(memory);
    await soak(step, apps, warm, afterSweep);
  }
  await recordingCost(step, recording);
  const errors = dockhand.log().split('\n').filter((l) => /"level":(50|60)/.test(l));
  console.log(`\nDockhand error-level log lines: ${errors.length}${errors.length ? `; first: ${errors[0]!.slice(0, 300)}` : ''}`);
}

async function main(): Promise<void> {
  const why = privateDockerdUnavailable();
  if (why) throw new Error(`bench:http needs a private Docker Engine: ${why}`);
  const tmp = mkdtempSync(join(tmpdir(), 'dh-bench-'));
  console.log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('starting a private dockerd with the test fixtures…');
  const engine = await startPrivateDockerd();
  const sink = await startReplySink();
  const common = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${sink.url}/api/` };
  const started: ServerProcess[] = [];
  const pgWhy = privatePostgresUnavailable();
  let cluster: PrivatePostgres | undefined;
  let redis: RedisServer | undefined;
  try {
    buildFixtures(engine.host);
    execFileSync(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    if (process.env.BENCH_REDIS) redis = await startRedisServer();
    console.log(`Dockhand: node dist/cli.js start${redis ? `, REDIS_URL=${redis.url}` : ', no Redis (in-process state)'}`);
    // --trace-gc: a line per GC (a few hundred per run), from which the live heap is read.
    started.push(await startServerProcess('bare Bolt', ['--trace-gc', 'scripts/lib/bare-bolt-app.mjs'], common, join(tmp, 'bare.log')));
    // e.g. BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to see where Dockhand's time goes.
    const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
    const dockhandEnv = {
      ...common, PORT: '0', LOG_LEVEL: 'info', SANDBOX_DOCKER_HOST: engine.host, SANDBOX_RATE_PER_MIN: '10000',
      ...(redis ? { REDIS_URL: redis.url } : {}),
    };
    // As shipped: compiled, recording on, to SQLite under DATA_DIR.
    const sqliteDir = join(tmp, 'data');
    started.push(await startServerProcess('Dockhand', ['--trace-gc', ...flags, 'dist/cli.js', 'start'], { ...dockhandEnv, DATA_DIR: sqliteDir }, join(tmp, 'dockhand.log')));
    const off = await startServerProcess('Dockhand (recording off)', ['--trace-gc', 'dist/cli.js', 'start'], { ...dockhandEnv, RECORDING: 'off' }, join(tmp, 'dockhand-off.log'));
    started.push(off);
    const on: Recording['on'] = [{ app: started[1]!, where: { dataDir: sqliteDir } }];
    if (pgWhy) console.log(`(no PostgreSQL round: ${pgWhy})`);
    else {
      cluster = await startPrivatePostgres();
      const withPg = await startServerProcess('Dockhand (PostgreSQL)', ['--trace-gc', 'dist/cli.js', 'start'], { ...dockhandEnv, DATABASE_URL: cluster.url }, join(tmp, 'dockhand-pg.log'));
      started.push(withPg);
      on.push({ app: withPg, where: { url: cluster.url } });
    }
    await run(sink, started[0]!, started[1]!, { off, on });
  } finally {
    for (const app of started) await app.stop();
    cluster?.stop();
    await sink.stop();
    await redis?.stop();
    await engine.stop();
    if (process.env.BENCH_KEEP) console.log(`logs kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

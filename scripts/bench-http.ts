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
 * BENCH_REDIS=1 gives Dockhand a real redis-server (REDIS_URL), so rate limits and sandbox slots
 * go through Redis as with replicas.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
    const replies = app.name === 'Dockhand' ? await delivered(sink, from, next, load.ok) : null;
    return { load, cpuPerRequest: (app.cpuMs() - cpu) / load.built, delivered: replies };
  };
}

function deliveredCell(step: Step): string {
  const d = step.delivered;
  if (!d) return 'n/a';
  const lost = step.load.ok - d.replies;
  return `${lost > 0 ? `${lost} lost` : 'all'}${d.sandboxErrors ? `, ${d.sandboxErrors} sandbox errors` : ''}${d.rateLimited ? `, ${d.rateLimited} rate-limited` : ''}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

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

async function run(sink: ReplySink, bare: ServerProcess, dockhand: ServerProcess): Promise<void> {
  const apps = [bare, dockhand];
  const step = makeStepper(sink);
  console.log('warming up both apps (3 s at 100 req/s each)…');
  for (const app of apps) await step(app, { rate: 100, duration: 3 });
  const warm = apps.map(memory);
  await sweep(step, bare, dockhand);
  const afterSweep = apps.map(memory);
  await soak(step, apps, warm, afterSweep);
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
    started.push(await startServerProcess('Dockhand', ['--trace-gc', ...flags, 'dist/cli.js', 'start'], {
      ...common, PORT: '0', LOG_LEVEL: 'info', SANDBOX_DOCKER_HOST: engine.host, SANDBOX_RATE_PER_MIN: '10000',
      ...(redis ? { REDIS_URL: redis.url } : {}),
    }, join(tmp, 'dockhand.log')));
    await run(sink, started[0]!, started[1]!);
  } finally {
    for (const app of started) await app.stop();
    await sink.stop();
    await redis?.stop();
    await engine.stop();
    if (process.env.BENCH_KEEP) console.log(`logs kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

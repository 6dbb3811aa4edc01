/**
 * `npm run bench:start`: how fast Dockhand starts and answers from cold, as an operator and a
 * newcomer run it (plain `node dist/cli.js`, rebuilt first), beside baselines in the same run:
 * a bare Bolt app (plain JS, same node) for start-up to listening, and `node -e 0` for one-shot
 * commands. Rounds are interleaved so machine noise hits every variant alike; prints medians,
 * minimums and ratios; asserts nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRecordingServer } from '../test/slack/recording-server.ts';
import { SIGNING_SECRET } from '../test/slack/signed-request.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

interface Sample {
  ms: number;
  rssMb: number;
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/** Spawns a server and times it from spawn to the log line that names its port; then stops it. */
function timeToListening(args: string[], env: Record<string, string>, marker: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!out.includes(marker)) return;
      const ms = performance.now() - started;
      const rssMb = rssOf(child.pid!);
      child.stdout.removeAllListeners('data');
      child.once('exit', () => resolve({ ms, rssMb }));
      child.kill('SIGTERM');
    });
    child.once('exit', (code) => {
      if (!out.includes(marker)) reject(new Error(`${args.join(' ')} exited with ${code} before listening:\n${out}`));
    });
  });
}

/** Wall time of a one-shot command from spawn to exit, and its peak RSS (GNU time's %M, when installed). */
function timeToExit(args: string[], env: Record<string, string>): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const timed = existsSync('/usr/bin/time');
    const [cmd, argv] = timed ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}:\n${err}`));
      const kb = timed ? Number(err.trim().split('\n').at(-1)) : Number.NaN;
      resolve({ ms, rssMb: kb / 1024 });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const min = (xs: number[]) => Math.min(...xs);
const fmt = (n: number, d = 0) => n.toFixed(d);

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${ROUNDS} interleaved rounds`);
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const slack = await startRecordingServer();
  const http = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/`, PORT: '0' };
  const noEngine = { SANDBOX_DOCKER_HOST: 'unix:///nonexistent/bench-start.sock', SANDBOX_TIMEOUT_MS: '1000' };
  const variants: { name: string; group: string; run: () => Promise<Sample> }[] = [
    { name: 'bare Bolt: start → listening', group: 'server', run: () => timeToListening(['scripts/lib/bare-bolt-app.mjs'], http, 'bare app listening') },
    { name: 'Dockhand: start → listening', group: 'server', run: () => timeToListening(['dist/cli.js', 'start'], { ...http, LOG_LEVEL: 'info', ...noEngine }, 'Dockhand is listening') },
    { name: 'node -e 0 (floor)', group: 'cli', run: () => timeToExit(['-e', '0'], {}) },
    { name: 'ask "what is a layer" (en)', group: 'cli', run: () => timeToExit(['dist/cli.js', 'ask', 'what is a layer'], noEngine) },
    { name: 'ask "怎么删除退出的容器" (zh-CN)', group: 'cli', run: () => timeToExit(['dist/cli.js', 'ask', '怎么删除退出的容器'], noEngine) },
    { name: 'manifest --socket', group: 'cli', run: () => timeToExit(['dist/cli.js', 'manifest', '--socket'], {}) },
    { name: '--help', group: 'cli', run: () => timeToExit(['dist/cli.js', '--help'], {}) },
  ];
  const samples = new Map<string, Sample[]>(variants.map((v) => [v.name, []]));
  // One warm-up round (disk cache), not counted.
  for (const v of variants) await v.run();
  for (let round = 0; round < ROUNDS; round++) {
    for (const v of variants) samples.get(v.name)!.push(await v.run());
  }
  await slack.close();
  const phases: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    const out = execFileSync(process.execPath, ['scripts/lib/start-phases.mjs'], { cwd: ROOT, encoding: 'utf8' });
    for (const [k, v] of Object.entries((JSON.parse(out) as { ms: Record<string, number> }).ms)) (phases[k] ??= []).push(v);
  }

  const table = (group: string, baseline: string, rssLabel: string) => {
    const base = median(samples.get(baseline)!.map((s) => s.ms));
    console.log(`\n${'variant'.padEnd(34)} ${'p50 ms'.padStart(8)} ${'min ms'.padStart(8)} ${'× base'.padStart(7)} ${rssLabel.padStart(12)}`);
    for (const v of variants.filter((x) => x.group === group)) {
      const s = samples.get(v.name)!;
      const ms = s.map((x) => x.ms);
      console.log(`${v.name.padEnd(34)} ${fmt(median(ms)).padStart(8)} ${fmt(min(ms)).padStart(8)} ${fmt(median(ms) / base, 2).padStart(7)} ${fmt(median(s.map((x) => x.rssMb))).padStart(12)}`);
    }
  };
  table('server', 'bare Bolt: start → listening', 'RSS MB');
  table('cli', 'node -e 0 (floor)', 'peak RSS MB');
  console.log(`\nwhere the server's start-up goes (scripts/lib/start-phases.mjs, ${ROUNDS} fresh processes, p50 ms)`);
  for (const [k, v] of Object.entries(phases)) console.log(`${k.padEnd(40)} ${fmt(median(v)).padStart(6)}`);
}

await main();

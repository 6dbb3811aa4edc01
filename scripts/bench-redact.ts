/**
 * `npm run bench:redact`: the redactor on 1 MB of adversarial text (every trigger of every rule,
 * and the red-team review's ReDoS line) beside, in the same run, a plain linear pass over the
 * same text (a floor: one charCodeAt per character) and the redactor Dockhand had before issue 9
 * (scripts/lib/old-redact-text.mjs, run in a worker so it can be stopped). Medians of 7 runs after
 * a warm-up; prints a table, asserts nothing.
 */
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { redactionSteps, redactText } from '../src/sandbox/format/redact-text.ts';

const SIZE = Number(process.env.BENCH_REDACT_BYTES ?? 1024 * 1024);
const RUNS = 7;
const OLD_BUDGET_MS = Number(process.env.BENCH_REDACT_OLD_BUDGET_MS ?? 10_000);

/** A seeded mix of every trigger, so the mixed input is the same in every run. */
function mixed(size: number): string {
  const pieces = ['passwd.', 'password', '=', ':', ' ', '"', '-p', '--db-pass ', 'token', 'key', '//', '@', 'u:', 'Basic ', 'Bearer ', 'eyJhbGciOiJIUzI1', '.', 'xoxb-', 'ghp_', 'AKIA', '-----BEGIN ', '\n', 'abc', '$'];
  let seed = 20260601;
  let out = '';
  while (out.length < size) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += pieces[seed % pieces.length];
  }
  return out.slice(0, size);
}

/** Docker logs a real container might print, with a secret now and then. */
function realistic(size: number): string {
  const lines = [
    '2026-06-01T10:00:00.000Z INFO  listening on 0.0.0.0:8080',
    '2026-06-01T10:00:01.000Z DEBUG connecting to postgres://app:s3cr3t@db:5432/app',
    '2026-06-01T10:00:02.000Z INFO  GET /healthz 200 0.3ms',
    '2026-06-01T10:00:03.000Z WARN  retrying with Authorization: Bearer abcdef0123456789',
    '2026-06-01T10:00:04.000Z INFO  {"level":"info","msg":"user logged in","user":"alice"}',
  ];
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${lines[i % lines.length]}\n`;
  return out.slice(0, size);
}

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const INPUTS: Array<[string, string]> = [
  ['"passwd." (the review\'s ReDoS line)', fill('passwd.')],
  ['"password=" ', fill('password=')],
  ['"password " (a value after every name)', fill('password ')],
  ['\'"password":"\' (JSON keys)', fill('"password":"')],
  ['"a " (a name start every 2 chars)', fill('a ')],
  ['"-pa:" (mysql -p)', fill('-pa:')],
  ['"//a@" (URL userinfo)', fill('//a@')],
  ['"eyJaaaaaaaaaaaa-" (JWT starts)', fill('eyJaaaaaaaaaaaa-')],
  ['"x -----BEGIN " (key blocks)', fill('x -----BEGIN ')],
  ['"Basic aaaa." (schemes)', fill('Basic aaaa.')],
  ['seeded mix of every trigger', mixed(SIZE)],
  ['realistic container logs', realistic(SIZE)],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeIt(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function linearPass(text: string): number {
  let x = 0;
  for (let i = 0; i < text.length; i++) x = (x + text.charCodeAt(i)) | 0;
  return x;
}

/** The old redactor in a worker: its time, or null when it ran past the budget and was stopped. */
function oldTime(text: string): Promise<number | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./lib/old-redact-text.mjs', import.meta.url), { workerData: { text } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, OLD_BUDGET_MS);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    });
    worker.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const pad = (s: string, n: number) => s.padEnd(n);

console.log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`${(SIZE / 1024 / 1024).toFixed(1)} MB per input; medians of ${RUNS} runs; old redactor stopped after ${OLD_BUDGET_MS / 1000} s\n`);
console.log(`${pad('input', 42)} ${'linear ms'.padStart(10)} ${'redact ms'.padStart(10)} ${'× linear'.padStart(9)} ${'steps/char'.padStart(11)} ${'old ms'.padStart(12)} ${'old ÷ new'.padStart(10)}`);
const news: number[] = [];
for (const [name, text] of INPUTS) {
  const floor = timeIt(() => linearPass(text));
  const ours = timeIt(() => redactText(text));
  news.push(ours);
  redactionSteps();
  redactText(text);
  const steps = redactionSteps() / text.length;
  const old = await oldTime(text);
  console.log(
    `${pad(name, 42)} ${fmt(floor).padStart(10)} ${fmt(ours).padStart(10)} ${(ours / floor).toFixed(1).padStart(9)} ${steps.toFixed(2).padStart(11)} ${(old === null ? `> ${OLD_BUDGET_MS}` : fmt(old)).padStart(12)} ${(old === null ? `> ${Math.round(OLD_BUDGET_MS / ours)}×` : `${(old / ours).toFixed(1)}×`).padStart(10)}`,
  );
}
console.log(`\nnew redactor, worst input: ${fmt(Math.max(...news))} ms per MB; median over inputs: ${fmt(median(news))} ms`);

// The old redactor's growth on the review's line, where it still finishes.
console.log('\nthe review\'s ReDoS line ("passwd." repeated) by size: old vs new (ms)');
for (const size of [2048, 4096, 8192]) {
  const text = 'passwd.'.repeat(Math.ceil(size / 7)).slice(0, size);
  const old = await oldTime(text);
  console.log(`  ${String(size).padStart(6)} B   old ${(old === null ? `> ${OLD_BUDGET_MS}` : fmt(old)).padStart(9)}   new ${fmt(timeIt(() => redactText(text))).padStart(7)}`);
}

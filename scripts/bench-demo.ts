/**
 * `npm run bench:demo`: how long a newcomer waits for the first live `docker ps -a` table after
 * `npm run demo` (start-up, private dockerd, seeding, the shell, the command), beside a baseline
 * measured in the same run: a bare private dockerd started and asked `docker ps -a` by the docker
 * CLI, with nothing seeded. Prints medians of BENCH_RUNS (default 3) runs; asserts nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cannotRunDockerd } from '../src/sandbox/demo/engine-tools.ts';
import { startPrivateDockerd } from '../src/sandbox/demo/private-dockerd.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** ms from `npm run demo` to the first table on stdout; the demo is then told to exit and awaited. */
function demoToFirstTable(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', 'demo'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let at = 0;
    child.stdin.write('ps -a\n');
    child.stdout.on('data', (d) => {
      out += d;
      if (!at && out.includes('CONTAINER ID')) {
        at = performance.now() - started;
        child.stdin.end('exit\n');
      }
    });
    child.on('exit', (code) => (at ? resolve(at) : reject(new Error(`the demo exited ${code} before a table`))));
  });
}

async function bareEngineToFirstTable(): Promise<number> {
  const started = performance.now();
  const engine = await startPrivateDockerd('dh-bench-');
  execFileSync('docker', ['ps', '-a'], { env: { ...process.env, DOCKER_HOST: engine.host } });
  const ms = performance.now() - started;
  await engine.stop();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const why = cannotRunDockerd();
if (why) {
  console.error(`bench:demo: ${why}`);
  process.exit(1);
}
const demo: number[] = [];
const bare: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(await bareEngineToFirstTable());
  demo.push(await demoToFirstTable());
  console.log(`run ${i + 1}: demo ${(demo.at(-1)! / 1000).toFixed(1)} s, bare engine ${(bare.at(-1)! / 1000).toFixed(1)} s`);
}
const d = median(demo);
const b = median(bare);
console.log(`\ntime to the first docker ps -a table (median of ${RUNS}):`);
console.log(`  npm run demo (seeded)      ${(d / 1000).toFixed(1)} s`);
console.log(`  bare dockerd + docker ps   ${(b / 1000).toFixed(1)} s`);
console.log(`  ratio                      ${(d / b).toFixed(1)}×`);

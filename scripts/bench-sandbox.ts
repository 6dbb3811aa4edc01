/**
 * `npm run bench:sandbox`: how much Dockhand (is-command, parse, policy, guarded engine call,
 * format, bound) costs over a raw Engine API GET from the same process, with the docker CLI
 * process beside them. Runs on its own private dockerd with the test fixtures, then again with
 * 500 more containers. Prints medians, p99 and ratios; asserts nothing.
 */
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { createCardStore } from '../src/knowledge/card-store.ts';
import { loadCards } from '../src/knowledge/load-cards.ts';
import { createCommandHandler } from '../src/sandbox/create-command-handler.ts';
import { createDockerSandbox } from '../src/sandbox/docker-sandbox.ts';
import { buildFixtures, FIXTURE } from '../test/setup/build-fixtures.ts';
import { privateDockerdUnavailable, startPrivateDockerd } from '../test/setup/private-dockerd.ts';

const run = promisify(execFile);
const IN_PROCESS_RUNS = Number(process.env.BENCH_RUNS ?? 150);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 20);
const WARMUP = 15;
const EXTRA_CONTAINERS = 500;

interface Case {
  text: string;
  api: string;
  cli: string[];
}

const CASES: Case[] = [
  { text: 'ps -a', api: '/containers/json?all=1', cli: ['ps', '-a'] },
  { text: 'images', api: '/images/json', cli: ['images'] },
  { text: `history ${FIXTURE.helloImage}`, api: `/images/${FIXTURE.helloImage}/history`, cli: ['history', FIXTURE.helloImage] },
];

/** The baseline: one plain HTTP GET over the engine's unix socket, body read to the end. */
function rawGet(socketPath: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path, method: 'GET' }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);

async function measure(label: string, host: string): Promise<void> {
  const socketPath = host.slice('unix://'.length);
  const sandbox = createDockerSandbox({ host, tls: null, timeoutMs: 60_000 });
  const handler = createCommandHandler({ sandbox, cards: createCardStore(loadCards()) });
  const env = { ...process.env, DOCKER_HOST: host, DOCKER_CLI_HINTS: 'false' };
  console.log(`\n${label}`);
  console.log(`${'command'.padEnd(28)} ${'dockhand p50'.padStart(12)} ${'p99'.padStart(10)} ${'raw GET p50'.padStart(12)} ${'p99'.padStart(10)} ${'CLI p50'.padStart(10)} ${'p99'.padStart(10)}  dockhand/raw  CLI/dockhand`);
  for (const c of CASES) {
    const dockhand = async () => {
      const reply = await handler.handle({ text: c.text, surface: 'cli' });
      if (reply?.kind !== 'run') throw new Error(`${c.text}: ${JSON.stringify(reply)}`);
    };
    const raw = () => rawGet(socketPath, c.api);
    for (let i = 0; i < WARMUP; i++) await Promise.all([dockhand(), raw()]);
    const d: number[] = [];
    const r: number[] = [];
    // Interleaved, so both see the same engine and machine load.
    for (let i = 0; i < IN_PROCESS_RUNS; i++) {
      d.push(await time(dockhand));
      r.push(await time(raw));
    }
    const cli: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) cli.push(await time(() => run('docker', c.cli, { env, maxBuffer: 64 << 20 })));
    const [d50, r50, c50] = [quantile(d, 0.5), quantile(r, 0.5), quantile(cli, 0.5)];
    console.log(
      `${c.text.padEnd(28)} ${ms(d50).padStart(12)} ${ms(quantile(d, 0.99))} ${ms(r50).padStart(12)} ${ms(quantile(r, 0.99))} ${ms(c50)} ${ms(quantile(cli, 0.99))}  ${`${(d50 / r50).toFixed(2)}×`.padStart(12)}  ${`${(c50 / d50).toFixed(1)}×`.padStart(12)}`,
    );
  }
}

/** 500 created (never started) containers, made with the docker CLI a few at a time. */
async function addContainers(host: string, n: number): Promise<void> {
  const env = { ...process.env, DOCKER_HOST: host };
  const batch = 8;
  for (let i = 0; i < n; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, n - i) }, (_, j) =>
        run('docker', ['create', '--network', 'none', '--name', `bench-${i + j}`, FIXTURE.helloImage], { env }),
      ),
    );
  }
}

async function main(): Promise<void> {
  const why = privateDockerdUnavailable();
  if (why) {
    console.error(`bench:sandbox needs a private dockerd: ${why}`);
    process.exitCode = 1;
    return;
  }
  const engine = await startPrivateDockerd();
  try {
    buildFixtures(engine.host);
    console.log(`private dockerd at ${engine.host}; ${IN_PROCESS_RUNS} in-process runs, ${CLI_RUNS} CLI runs per cell`);
    await measure('fixtures only (6 containers, 3 images)', engine.host);
    const started = performance.now();
    await addContainers(engine.host, EXTRA_CONTAINERS);
    console.log(`\ncreated ${EXTRA_CONTAINERS} containers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await measure(`with ${EXTRA_CONTAINERS} more containers`, engine.host);
  } finally {
    await engine.stop();
  }
}

await main();

/**
 * `npm run bench:hostile`: another user's `/docker what is a layer` while the sandbox engine is
 * hostile. Dockhand runs as `npm start` runs it (HTTP mode, its own process), its sandbox on the
 * hostile fake engine (its own process), Slack's side on a recording server (its own process).
 * For each scenario, attackers keep 4 hostile commands in flight (flood: endless megabytes;
 * drip: a byte every half second; big600: a 600 MB body; and more) while the victim sends a
 * question every 50 ms; the victim's ack latency is printed beside the quiet baseline measured
 * in the same run, and Dockhand's RSS during the attack beside its quiet level. Asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { form, sign, SIGNING_SECRET } from '../test/slack/signed-request.ts';
import { startReplySink, type ReplySink } from './lib/start-reply-sink.ts';
import { startServerProcess, type ServerProcess } from './lib/server-process.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ATTACKERS = Number(process.env.BENCH_ATTACKERS ?? 4);
const VICTIM_EVERY_MS = 50;
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const SCENARIOS: Array<{ name: string; attack: string | null }> = [
  { name: 'quiet (no attack)', attack: null },
  { name: 'flood: inspect flood (1 MB pieces without end)', attack: 'inspect flood' },
  { name: 'drip: inspect drip (1 byte / 0.5 s)', attack: 'inspect drip' },
  { name: 'big600: inspect big600 (600 MB body)', attack: 'inspect big600' },
  { name: 'big600: logs big600', attack: 'logs big600' },
  { name: 'deep: inspect deep (20,000 levels)', attack: 'inspect deep' },
  { name: 'rows: top many (100k rows)', attack: 'top many' },
  { name: 'redos: logs --tail 200 redos', attack: 'logs --tail 200 redos' },
];

function startEngine(): Promise<{ host: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/lib/hostile-engine-process.ts', 'normal'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ host: (JSON.parse(line) as { host: string }).host, child });
    });
    child.once('exit', (code) => reject(new Error(`the hostile engine exited with ${code}`)));
  });
}

let seq = 0;
async function command(port: number, sink: ReplySink, text: string, user: string): Promise<number> {
  const body = form({
    token: 'legacy', team_id: 'T0TEAM', team_domain: 'bench', channel_id: 'C0BENCH', channel_name: 'bench', user_id: user, user_name: 'u',
    command: '/docker', text, api_app_id: 'A0APP', response_url: `${sink.responseUrl}/${++seq}`, trigger_id: 't',
  });
  const ts = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
    body,
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`ack ${res.status}`);
  return performance.now() - started;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

interface Result {
  acks: number[];
  attackerAcks: number[];
  attacks: number;
  rss: number[];
  errors: number;
}

async function scenario(app: ServerProcess, sink: ReplySink, attack: string | null): Promise<Result> {
  const result: Result = { acks: [], attackerAcks: [], attacks: 0, rss: [], errors: 0 };
  const until = Date.now() + SECONDS * 1000;
  const attackers = attack
    ? Array.from({ length: ATTACKERS }, async (_, a) => {
        while (Date.now() < until) {
          try {
            result.attackerAcks.push(await command(app.port, sink, attack, `U0ATTACK${a}`));
            result.attacks++;
          } catch {
            result.errors++;
          }
          // A command's ack comes at once; its work goes on: pace each attacker by what it started.
          await sleep(250);
        }
      })
    : [];
  const sampler = (async () => {
    while (Date.now() < until) {
      result.rss.push(app.rssMb());
      await sleep(100);
    }
  })();
  // Let the attack get going before the victim asks.
  await sleep(attack ? 500 : 0);
  while (Date.now() < until) {
    try {
      result.acks.push(await command(app.port, sink, 'what is a layer', 'U0VICTIM'));
    } catch {
      result.errors++;
    }
    await sleep(VICTIM_EVERY_MS);
  }
  await Promise.all([...attackers, sampler]);
  // Let the engine calls in flight finish (the deadline bounds them) before the next scenario.
  await sleep(6000);
  await sink.report();
  return result;
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'dh-bench-hostile-'));
  console.log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${SECONDS} s per scenario; ${ATTACKERS} attackers, each sending its hostile command every 250 ms; the victim asks every ${VICTIM_EVERY_MS} ms\n`);
  const engine = await startEngine();
  const sink = await startReplySink();
  let app: ServerProcess | undefined;
  try {
    app = await startServerProcess('Dockhand', ['src/cli.ts', 'start'], {
      SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${sink.url}/api/`, PORT: '0', LOG_LEVEL: 'info',
      SANDBOX_DOCKER_HOST: engine.host, SANDBOX_RATE_PER_MIN: '10000',
    }, join(tmp, 'dockhand.log'));
    // Warm up: the matcher, Bolt and the sandbox path, so the quiet baseline is steady.
    for (let i = 0; i < 40; i++) await command(app.port, sink, i % 2 ? 'what is a layer' : 'ps -a', 'U0WARM');
    await sleep(1000);
    const widths = [48, 9, 9, 9, 10, 8, 10, 10, 8];
    const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
    console.log(row(['scenario', 'ack p50', 'ack p99', 'ack max', 'max−quiet', 'attacks', 'rss MB', 'rss−quiet', 'errors']));
    let quiet: Result | undefined;
    for (const s of SCENARIOS) {
      const r = await scenario(app, sink, s.attack);
      quiet ??= r;
      const quietMax = quantile(quiet.acks, 1);
      const quietRss = quantile(quiet.rss, 0.5);
      const peak = Math.max(...r.rss);
      console.log(row([
        s.name, f(quantile(r.acks, 0.5)), f(quantile(r.acks, 0.99)), f(quantile(r.acks, 1)), s.attack ? f(quantile(r.acks, 1) - quietMax) : '-',
        String(r.attacks), s.attack ? f(peak) : f(quietRss), s.attack ? f(peak - quietRss) : '-', String(r.errors),
      ]));
    }
    const lines = app.log().split('\n').filter((l) => /"level":(50|60)/.test(l));
    console.log(`\nack times in ms (victim's /docker what is a layer); rss: Dockhand's peak during the scenario (quiet: median)`);
    console.log(`Dockhand error-level log lines: ${lines.length}${lines.length ? `; first: ${lines[0]!.slice(0, 300)}` : ''}; still running: ${app.rssMb() > 0}`);
  } finally {
    await app?.stop();
    await sink.stop();
    engine.child.kill('SIGTERM');
    if (process.env.BENCH_KEEP) console.log(`logs kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

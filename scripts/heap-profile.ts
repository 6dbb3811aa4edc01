/**
 * `npm run heap:profile`: where the server's memory goes. Starts `node dist/cli.js start` (HTTP
 * mode, no engine, Web API on a local sink) with `--heapsnapshot-signal`, sends it signed `/docker`
 * questions (BENCH_HEAP_REQUESTS, default 2,000; English and Chinese), takes a heap snapshot and
 * prints the objects retaining the most, with the property path that holds them. Give a
 * `.heapsnapshot` file as the argument to summarise that instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { form, SIGNING_SECRET } from '../test/slack/signed-request.ts';
import { startReplySink } from './lib/start-reply-sink.ts';
import { startServerProcess } from './lib/server-process.ts';
import { signedLoad } from './lib/signed-load.ts';
import { summarizeHeap } from './lib/summarize-heap.ts';

const MB = (b: number) => (b / 1e6).toFixed(1).padStart(7);
const QUESTIONS = ['what are namespaces?', 'how do I remove exited containers', '什麼是 namespace', '怎么删除退出的容器', 'what is a union file system', 'ps'];

async function snapshotOfServer(): Promise<{ file: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'dh-heap-'));
  execFileSync(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const sink = await startReplySink();
  const app = await startServerProcess('Dockhand', ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`, 'dist/cli.js', 'start'], {
    SLACK_BOT_TOKEN: 'xoxb-heap', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${sink.url}/api/`, PORT: '0', LOG_LEVEL: 'info',
    SANDBOX_DOCKER_HOST: 'unix:///nonexistent/heap.sock', SANDBOX_RATE_PER_MIN: '10000',
  }, join(dir, 'server.log'));
  const amount = Number(process.env.BENCH_HEAP_REQUESTS ?? 2000);
  const load = await signedLoad({
    port: app.port, connections: 10, rate: 200, amount,
    body: (i) => form({ command: '/docker', text: QUESTIONS[i % QUESTIONS.length]!, user_id: `U0HEAP${i % 50}`, channel_id: 'C0HEAP', response_url: `${sink.responseUrl}/${i}`, team_id: 'T0TEAM', token: 't', trigger_id: 't' }),
  });
  await new Promise((r) => setTimeout(r, 2000)); // replies out, queues empty
  console.log(`${load.ok} requests answered; RSS ${app.rssMb().toFixed(0)} MB before the snapshot`);
  process.kill(app.pid, 'SIGUSR2');
  let file = '';
  for (let last = -1; ; ) {
    await new Promise((r) => setTimeout(r, 500));
    const found = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot'));
    if (!found) continue;
    const size = statSync(join(dir, found)).size;
    if (size > 0 && size === last) {
      file = join(dir, found);
      break;
    }
    last = size;
  }
  await app.stop();
  await sink.stop();
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const given = process.argv[2];
const { file, cleanup } = given ? { file: given, cleanup: () => {} } : await snapshotOfServer();
try {
  const s = summarizeHeap(file, Number(process.env.HEAP_TOP ?? 30));
  console.log(`\nheap: ${MB(s.totalBytes)} MB in ${s.nodes} live objects\n\nretained MB   self MB  object ← path from a GC root`);
  for (const r of s.top) console.log(`${MB(r.retained)}   ${MB(r.self)}  ${r.what} ← ${r.path}`);
  console.log('\nself MB   count  constructor');
  for (const c of s.byConstructor) console.log(`${MB(c.self)} ${String(c.count).padStart(7)}  ${c.name}`);
} finally {
  cleanup();
}

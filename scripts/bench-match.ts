/**
 * `npm run bench:match`: per-question latency and brain start-up of the Dockhand matcher (the saved
 * model over the cards and the catalogue) beside MiniSearch indexing the same training texts, in the
 * same run. Prints medians of rounds and ratios; asserts nothing (the machine is shared and noisy).
 */
import { performance } from 'node:perf_hooks';
import { createBrain, loadKnowledge } from '../src/brain.ts';
import type { Matcher } from '../src/match/matcher.ts';
import { createMiniSearchMatcher } from './baselines/minisearch-matcher.ts';

const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

// Every 8th written example: one-word pings, long pastes with logs, both scripts, Slack markup.
const QUESTIONS = loadKnowledge().examples.filter((_, i) => i % 8 === 0).map((e) => e.text);

function latency(matcher: Matcher) {
  for (const q of QUESTIONS.slice(0, 50)) matcher.match(q); // warm-up
  const times = QUESTIONS.map((q) => {
    const t = performance.now();
    matcher.match(q);
    return performance.now() - t;
  });
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: Math.max(...times) };
}

const rounds = { dockhand: [] as ReturnType<typeof latency>[], mini: [] as ReturnType<typeof latency>[], startup: [] as number[], miniStartup: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  let t = performance.now();
  // What `npm start` does: the brain from the saved model (cards, catalogue, matcher), ready to answer.
  let source = '';
  const dockhand = createBrain({}, (r) => (source = r.model.source)).matcher;
  if (source !== 'file') throw new Error('the saved model is stale: run npm run train first');
  dockhand.match('warm');
  rounds.startup.push(performance.now() - t);
  const knowledge = loadKnowledge();
  t = performance.now();
  const mini = createMiniSearchMatcher(knowledge);
  mini.match('warm');
  rounds.miniStartup.push(performance.now() - t);
  rounds.dockhand.push(latency(dockhand));
  rounds.mini.push(latency(mini));
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const row = (name: string, a: number, b: number) => [name, fmt(a), fmt(b), `${(a / b).toFixed(2)}×`];
const rows = [
  ['metric (medians of rounds)', 'Dockhand', 'MiniSearch', 'ratio'],
  row('per question p50', median(rounds.dockhand.map((x) => x.p50)), median(rounds.mini.map((x) => x.p50))),
  row('per question p99', median(rounds.dockhand.map((x) => x.p99)), median(rounds.mini.map((x) => x.p99))),
  row('per question max', median(rounds.dockhand.map((x) => x.max)), median(rounds.mini.map((x) => x.max))),
  row('start-up (brain from the saved model / MiniSearch index)', median(rounds.startup), median(rounds.miniStartup)),
];
console.log(`${QUESTIONS.length} messages × ${ROUNDS} rounds`);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('   '));

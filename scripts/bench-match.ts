import { performance } from 'node:perf_hooks';
import type { Card } from '../src/knowledge/card-schema.ts';
import { loadCards } from '../src/knowledge/load-cards.ts';
import { createMiniSearchMatcher } from '../src/match/baselines/minisearch-matcher.ts';
import { createMatcher } from '../src/match/create-matcher.ts';
import type { Matcher } from '../src/match/matcher.ts';
import { readQuestions } from './eval-lib.ts';

// Short on purpose: two cores are shared by the whole team.
const ROUNDS = 5;
const QUESTIONS = readQuestions(new URL('../test/eval/questions.jsonl', import.meta.url).pathname).map((q) => q.q);

/** A deterministic random source, so every run benchmarks the same synthetic cards. */
function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** 1,000 plausible cards: real cards with new ids and shuffled keyword mixes from other cards. */
function synthesize(real: readonly Card[], n: number): Card[] {
  const rand = seeded(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const mix = (lists: string[][]) => Array.from({ length: 6 }, () => pick(pick(lists)));
  return Array.from({ length: n }, (_, i) => {
    const base = real[i % real.length]!;
    const other = pick(real);
    return {
      ...base,
      id: `${base.id}-${other.id.split('-')[0]}-${i}`,
      title: { en: `${base.title.en} (${other.title.en})`, zh: `${base.title.zh}（${other.title.zh}）` },
      questions: { en: [pick(base.questions.en), pick(other.questions.en)], zh: [pick(base.questions.zh), pick(other.questions.zh)] },
      keywords: { en: mix(real.map((c) => c.keywords.en)), zh: mix(real.map((c) => c.keywords.zh)) },
      related: [],
      file: `synthetic-${i}.md`,
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

interface Numbers { startup: number; p50: number; p99: number }

function measure(build: (cards: readonly Card[]) => Matcher, load: () => readonly Card[]): Numbers {
  const rounds: Numbers[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    const matcher = build(load());
    const startup = performance.now() - t0;
    for (const q of QUESTIONS.slice(0, 20)) matcher.match(q); // warm-up
    const times = QUESTIONS.map((q) => {
      const t = performance.now();
      matcher.match(q);
      return performance.now() - t;
    });
    rounds.push({ startup, p50: percentile(times, 0.5), p99: percentile(times, 0.99) });
  }
  return { startup: median(rounds.map((r) => r.startup)), p50: median(rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)) };
}

const real = loadCards();
const synthetic = synthesize(real, 1000);
// Build the opencc converters once first: their one-time cost is not per-index start-up.
createMatcher(real).match('刪除镜像');

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const rows: string[][] = [['set', 'metric', 'Dockhand', 'MiniSearch', 'ratio']];
for (const [name, load] of [[`real (${real.length} cards)`, () => loadCards()], ['synthetic (1000 cards)', () => synthetic]] as const) {
  const mine = measure(createMatcher, load);
  const theirs = measure(createMiniSearchMatcher, load);
  for (const metric of ['startup', 'p50', 'p99'] as const) {
    rows.push([name, metric === 'startup' ? 'start-up (load + index)' : `per question ${metric}`, fmt(mine[metric]), fmt(theirs[metric]), `${(mine[metric] / theirs[metric]).toFixed(2)}×`]);
  }
}
console.log(`${QUESTIONS.length} questions × ${ROUNDS} rounds, medians of rounds; ratio = Dockhand / MiniSearch`);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('   '));

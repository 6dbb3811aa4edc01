/**
 * `npm run eval [-- --quick] [-- --cv-only | --held-out-only]`: how well each system answers messages it
 * was not trained on, per kind, beside the baselines trained on the same examples.
 *
 * 1. k-fold cross-validation on the written examples (knowledge/examples/): each fold is judged by
 *    systems trained without it; nothing in a test fold shapes the model, thresholds or word lists.
 * 2. The frozen held-out sets (test/eval/heldout/), written blind before tuning: reported apart.
 * 3. The older question sets (test/eval/*.jsonl), judged through the real replies as `ask --json` does.
 */
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/brain.ts';
import { DEFAULT_PARAMS } from '../src/match/build-matcher-model.ts';
import { trainMatcher } from '../src/match/train-matcher.ts';
import { createMatcher } from '../src/match/create-matcher.ts';
import type { Knowledge } from '../src/match/training-set.ts';
import type { MatchResult } from '../src/match/matcher.ts';
import type { ReplyJson } from '../src/render/render-json.ts';
import { createFuseDefaultMatcher } from './baselines/fuse-default-matcher.ts';
import { createLegacyMatcher } from './baselines/legacy-matcher/create-legacy-matcher.ts';
import { createMiniSearchMatcher } from './baselines/minisearch-matcher.ts';
import { createNlpjsMatcher } from './baselines/nlpjs-matcher.ts';
import { crossValidate, heldOut, judgeThroughReplies, KINDS, rates, readItems, type KindScore, type System, type Verdict } from './eval-lib.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const args = process.argv.slice(2).filter((a) => a !== '--');
const quick = args.includes('--quick');
const cvOnly = args.includes('--cv-only');
// The held-out sets alone (a few minutes): skips the cross-validation.
const heldOutOnly = args.includes('--held-out-only');

export const SYSTEMS: Record<string, System> = {
  // The production recipe: thresholds calibrated by an inner cross-validation on the training folds only.
  Dockhand: async (k, written) => {
    const m = createMatcher(trainMatcher(k, DEFAULT_PARAMS, written));
    return async (t) => m.match(t);
  },
  'previous matcher': async (k) => {
    const m = createLegacyMatcher(k.cards);
    return async (t) => m.match(t);
  },
  MiniSearch: async (k, written) => {
    const m = createMiniSearchMatcher(k, written);
    return async (t) => m.match(t);
  },
  'fuse.js default': async (k, written) => {
    const m = createFuseDefaultMatcher(k, written);
    return async (t) => m.match(t);
  },
  'NLP.js': async (k, written) => {
    const m = await createNlpjsMatcher(k, written);
    return (t) => m.answer(t);
  },
};

// fuse.js's default (bitap over every training text) takes about a second per message here: it is
// judged on a fixed 20% of each cross-validation fold, and on all of the frozen sets.
const SAMPLED: Record<string, number> = { 'fuse.js default': 0.2 };

const pct = (s: KindScore | undefined) => (s ? `${(s.rate * 100).toFixed(1)}% (${s.pass}/${s.total})` : '-');

/** Of the out-of-scope messages with no card, how many got the honest kind: outside-notes for Docker, no-answer for the rest. */
function oosDetail(verdicts: Verdict[]): string {
  const docker = verdicts.filter((v) => v.item.expect === 'outside-notes');
  const chatter = verdicts.filter((v) => v.item.expect === 'no-answer');
  const share = (xs: Verdict[], kind: string) => `${xs.filter((v) => v.result.kind === kind).length}/${xs.length}`;
  return `Dockhand on out-of-scope: Docker outside the notes → outside-notes ${share(docker, 'outside')}; chatter/other tools → no-answer ${share(chatter, 'none')}`;
}

function table(title: string, columns: [string, Verdict[]][]) {
  console.log(`\n== ${title}`);
  const perSystem = columns.map(([name, v]) => [name, rates(v.map((x) => ({ key: x.item.kind, pass: x.pass })), KINDS)] as const);
  const header = ['kind', ...perSystem.map(([n]) => n)];
  const rows = KINDS.filter((k) => perSystem[0]![1].has(k)).map((k) => [k === 'oos' ? 'oos (no card)' : k, ...perSystem.map(([, r]) => pct(r.get(k)))]);
  const inScope = perSystem.map(([, r]) => {
    let pass = 0;
    let total = 0;
    for (const [k, s] of r) if (k !== 'oos') [pass, total] = [pass + s.pass, total + s.total];
    return pct({ pass, total, rate: total ? pass / total : 0 });
  });
  rows.push(['in-scope, all', ...inScope]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((l) => l[i]!.length)));
  for (const line of [header, ...rows]) console.log(line.map((c, i) => c.padEnd(widths[i]!)).join('   '));
  if (columns[0]![1].some((v) => v.item.expect !== 'answer')) console.log(oosDetail(columns[0]![1]));
}

/** The match a rendered reply stands for, for the tables. */
function resultOf(reply: ReplyJson): MatchResult {
  if (reply.kind === 'answer') return { kind: 'answer', lang: reply.lang, cardId: reply.card!.id, score: reply.score ?? 0 };
  if (reply.kind === 'outside-notes') return { kind: 'outside', lang: reply.lang, topicId: reply.topic!.id, score: reply.score ?? 0 };
  return { kind: 'none', lang: reply.lang };
}

async function run(knowledge: Knowledge) {
  const names = quick ? ['Dockhand'] : Object.keys(SYSTEMS);
  const cv: [string, Verdict[]][] = [];
  if (!heldOutOnly) {
    for (const name of names) cv.push([name, await crossValidate(SYSTEMS[name]!, knowledge, 5, 0, SAMPLED[name] ?? 1)]);
    table('5-fold cross-validation on the written examples (held-out folds; fuse.js on a 20% sample of each)', cv);
  }
  if (cvOnly) return;
  const frozen = ['heldout/frozen-a.jsonl', 'heldout/frozen-b.jsonl'].map((f) => here(`../test/eval/${f}`));
  for (const file of frozen) {
    const items = readItems(file);
    const cols: [string, Verdict[]][] = [];
    for (const name of names) cols.push([name, await heldOut(SYSTEMS[name]!, knowledge, items)]);
    table(`frozen held-out ${file.split('/').pop()}`, cols);
  }
  for (const file of ['questions.jsonl', 'dev-questions.jsonl'].map((f) => here(`../test/eval/${f}`))) {
    const judged = await judgeThroughReplies(readItems(file));
    table(`older set ${file.split('/').pop()} (through the replies)`, [['Dockhand', judged.map((j) => ({ item: j.item, result: resultOf(j.reply), pass: j.pass }))]]);
  }
}

await run(loadKnowledge());

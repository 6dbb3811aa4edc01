import { fileURLToPath } from 'node:url';
import { loadCards } from '../src/knowledge/load-cards.ts';
import { createFuseDefaultMatcher } from '../src/match/baselines/fuse-default-matcher.ts';
import { createMiniSearchMatcher } from '../src/match/baselines/minisearch-matcher.ts';
import { passRates, readQuestions, scoreQuestions, type KindScore, type QuestionKind, type Verdict } from './eval-lib.ts';

const DEFAULT_SETS = ['../test/eval/questions.jsonl', '../test/eval/dev-questions.jsonl'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

const pct = (s: KindScore | undefined) => (s ? `${(s.rate * 100).toFixed(1)}% (${s.pass}/${s.total})` : '-');

function printTable(file: string, rows: [string, Map<QuestionKind, KindScore>][]) {
  console.log(`\n== ${file}`);
  const kinds = [...rows[0]![1].keys()];
  const header = ['kind', ...rows.map(([name]) => name)];
  const lines = kinds.map((k) => [k, ...rows.map(([, r]) => pct(r.get(k)))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((c, i) => c.padEnd(widths[i]!)).join('   '));
}

function printFailures(verdicts: Verdict[]) {
  const failed = verdicts.filter((v) => !v.pass);
  if (failed.length === 0) return console.log('Dockhand: no failures');
  console.log(`Dockhand failures (${failed.length}):`);
  for (const { question, reply } of failed) {
    const got = reply.kind === 'answer' ? reply.card?.id : reply.kind === 'suggestions' ? `suggest ${reply.suggestions.map((s) => s.id).join(',')}` : reply.kind;
    console.log(`  [${question.kind}] ${JSON.stringify(question.q)} → ${got} (score ${reply.score ?? '-'})${question.none ? '' : ` wants ${JSON.stringify(question.all)}`}`);
  }
}

const files = process.argv.slice(2).filter((a) => a !== '--');
const cards = loadCards();
let worst = 1;
for (const file of files.length ? files : DEFAULT_SETS) {
  const questions = readQuestions(file);
  const dockhand = await scoreQuestions(questions, cards);
  const fuse = await scoreQuestions(questions, cards, createFuseDefaultMatcher);
  const mini = await scoreQuestions(questions, cards, createMiniSearchMatcher);
  const rates = passRates(dockhand);
  printTable(file, [['Dockhand', rates], ['fuse.js default', passRates(fuse)], ['MiniSearch', passRates(mini)]]);
  printFailures(dockhand);
  for (const s of rates.values()) worst = Math.min(worst, s.rate);
}
process.exitCode = worst >= 0.95 ? 0 : 1;

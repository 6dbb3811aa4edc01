// Dev milestone check on the frozen held-out sets: aggregate numbers only (never item by item).
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/brain.ts';
import { DEFAULT_PARAMS } from '../../src/match/build-matcher-model.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { trainMatcher } from '../../src/match/train-matcher.ts';
import { judgeMatch, readItems } from '../eval-lib.ts';
const k = loadKnowledge();
const params = JSON.parse(process.env.P ?? '{}');
const p = { ...DEFAULT_PARAMS, ...params };
const model = trainMatcher(k, p);
const m = createMatcher(model);
console.log(JSON.stringify(model.thresholds));
for (const f of ['frozen-a.jsonl', 'frozen-b.jsonl']) {
  const items = readItems(fileURLToPath(new URL(`../../test/eval/heldout/${f}`, import.meta.url)));
  const v = items.map((item) => ({ item, pass: judgeMatch(item, m.match(item.q)) }));
  const ins = v.filter((x) => x.item.expect === 'answer'), oos = v.filter((x) => x.item.expect !== 'answer');
  const r = (a: typeof v) => ((a.filter((x) => x.pass).length / a.length) * 100).toFixed(1);
  console.log(f, 'in-scope', r(ins), 'oos', r(oos));
}

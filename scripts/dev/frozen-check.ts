// Dev milestone check on the frozen held-out sets with the saved model: aggregate numbers only.
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/brain.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load-cards.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { loadMatcherModel } from '../../src/match/load-matcher-model.ts';
import { judgeMatch, readItems } from '../eval-lib.ts';
const { model, source } = loadMatcherModel(DEFAULT_KNOWLEDGE_DIR, () => loadKnowledge());
const m = createMatcher(model);
console.log(source, JSON.stringify(model.thresholds));
for (const f of ['frozen-a.jsonl', 'frozen-b.jsonl']) {
  const items = readItems(fileURLToPath(new URL(`../../test/eval/heldout/${f}`, import.meta.url)));
  const v = items.map((item) => ({ item, pass: judgeMatch(item, m.match(item.q)) }));
  const ins = v.filter((x) => x.item.expect === 'answer'), oos = v.filter((x) => x.item.expect !== 'answer');
  const r = (a: typeof v) => ((a.filter((x) => x.pass).length / a.length) * 100).toFixed(1);
  console.log(f, 'in-scope', r(ins), 'oos', r(oos));
}

// Dev: a sample of 5-fold CV failures (top class ≠ label), to see noise vs real errors.
import { loadKnowledge } from '../../src/brain.ts';
import { buildMatcherModel, DEFAULT_PARAMS, featureOptionsOf } from '../../src/match/build-matcher-model.ts';
import { extractFeatures } from '../../src/match/extract-features.ts';
import { hashString } from '../../src/match/hash-string.ts';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { rankClasses } from '../../src/match/decide-outcome.ts';
import { classOf } from '../../src/match/training-set.ts';
import { foldOf } from '../eval-lib.ts';
const k = loadKnowledge();
const cat = new Map(k.catalogue.map((e) => [e.id, e]));
const rows: string[] = [];
for (let fold = 0; fold < 5; fold++) {
  const model = buildMatcherModel(k, { ...DEFAULT_PARAMS, balance: 1 }, k.examples.filter((e) => foldOf(e.group, 5) !== fold));
  const opts = featureOptionsOf(model);
  for (const e of k.examples.filter((e) => foldOf(e.group, 5) === fold)) {
    const truth = classOf(e.target, cat);
    const r = rankClasses(model.classifier.classes, classProbabilities(model.classifier, extractFeatures(e.text, opts)));
    if (r[0]!.c !== truth && (process.env.ONLY ? truth === process.env.ONLY || r[0]!.c === process.env.ONLY : true)) rows.push(`${hashString(e.text) % 1000}\t${truth} → ${r[0]!.c} ${r[0]!.p.toFixed(2)} (truth ${r.find((x) => x.c === truth)!.p.toFixed(2)})\t${JSON.stringify(e.text.slice(0, 160))}`);
  }
}
rows.sort();
console.log(rows.length);
for (const r of rows.slice(0, Number(process.env.N ?? 50))) console.log(r.split('\t').slice(1).join('  '));

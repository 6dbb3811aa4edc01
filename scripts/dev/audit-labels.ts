// Dev: examples whose out-of-fold prediction confidently disagrees with their label, for a person
// to review (label noise, or a card that needs a sentence). Writes TSV to stdout.
import { loadKnowledge } from '../../src/brain.ts';
import { buildMatcherModel, DEFAULT_PARAMS, featureOptionsOf } from '../../src/match/build-matcher-model.ts';
import { rankClasses } from '../../src/match/decide-outcome.ts';
import { extractFeatures } from '../../src/match/extract-features.ts';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { foldOf } from '../../src/match/train-matcher.ts';
import { classOf } from '../../src/match/training-set.ts';

const k = loadKnowledge();
const cat = new Map(k.catalogue.map((e) => [e.id, e]));
const out: string[] = [];
for (let fold = 0; fold < 5; fold++) {
  const model = buildMatcherModel(k, DEFAULT_PARAMS, k.examples.filter((e) => foldOf(e.group, 5) !== fold));
  const opts = featureOptionsOf(model);
  for (const e of k.examples.filter((x) => foldOf(x.group, 5) === fold)) {
    const truth = classOf(e.target, cat);
    const ranked = rankClasses(model.classifier.classes, classProbabilities(model.classifier, extractFeatures(e.text, opts)));
    const top = ranked[0]!;
    const pTruth = ranked.find((r) => r.c === truth)?.p ?? 0;
    if (top.c !== truth && top.p >= 0.75 && pTruth <= 0.08) {
      const [file, line] = e.group.split('#');
      const label = e.target.kind === 'topic' ? `topic:${e.target.id}` : truth;
      out.push([file, Number(line) + 1, label, top.c, top.p.toFixed(2), JSON.stringify(e.text)].join('\t'));
    }
  }
}
console.log(out.sort().join('\n'));
console.error(`${out.length} confident disagreements of ${k.examples.length}`);

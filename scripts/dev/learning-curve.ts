// Dev: top-1 (5-fold CV) when training on a fraction of the training folds' written examples.
import { loadKnowledge } from '../../src/brain.ts';
import { buildMatcherModel, DEFAULT_PARAMS, featureOptionsOf } from '../../src/match/build-matcher-model.ts';
import { extractFeatures } from '../../src/match/extract-features.ts';
import { hashString } from '../../src/match/hash-string.ts';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { foldOf, itemOf } from '../eval-lib.ts';
const k = loadKnowledge();
for (const frac of [0.25, 0.5, 0.75, 1]) {
  let right = 0, n = 0;
  for (let fold = 0; fold < 5; fold++) {
    const train = k.examples.filter((e) => foldOf(e.group, 5) !== fold && (hashString(e.group) % 1000) / 1000 < frac);
    const model = buildMatcherModel(k, { ...DEFAULT_PARAMS, balance: 1 }, train);
    const opts = featureOptionsOf(model);
    for (const e of k.examples.filter((e) => foldOf(e.group, 5) === fold)) {
      const item = itemOf(e); if (item.expect !== 'answer') continue;
      const p = classProbabilities(model.classifier, extractFeatures(e.text, opts));
      let b = 0; for (let i = 1; i < p.length; i++) if (p[i]! > p[b]!) b = i;
      n++; if (item.cards.includes(model.classifier.classes[b]!)) right++;
    }
  }
  console.log(frac, (right / n * 100).toFixed(1));
}

import { loadKnowledge } from '../../src/brain.ts';
import { buildMatcherModel, DEFAULT_PARAMS } from '../../src/match/build-matcher-model.ts';
const k = loadKnowledge();
const t0 = Date.now();
const m = buildMatcherModel(k, { ...DEFAULT_PARAMS, balance: 1 });
console.log('build', Date.now() - t0, 'ms; features', m.classifier.index.size, 'classes', m.classifier.classes.length, 'vocab', m.vocabulary.length, 'protected', m.protectedWords.length);
console.log("nonzero weights", m.classifier.val.length, "rows", m.classifier.index.size);

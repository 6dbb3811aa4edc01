/**
 * `npm run train`: trains the matcher on knowledge/ (cards, catalogue, examples, concepts, notes),
 * calibrates its thresholds by cross-validation on the examples, and saves
 * knowledge/matcher-model.json with the knowledge hash and probe predictions.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/brain.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/load-cards.ts';
import { DEFAULT_PARAMS, featureOptionsOf } from '../src/match/build-matcher-model.ts';
import { rankClasses } from '../src/match/decide-outcome.ts';
import { extractFeatures } from '../src/match/extract-features.ts';
import { hashString } from '../src/match/hash-string.ts';
import { classProbabilities } from '../src/match/linear-model.ts';
import { MODEL_FILE } from '../src/match/load-matcher-model.ts';
import { fromModelFile, knowledgeHash, toModelFile } from '../src/match/model-file.ts';
import { trainMatcher } from '../src/match/train-matcher.ts';

const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
const knowledge = loadKnowledge({ knowledgeDir: dir });
const started = performance.now();
const model = trainMatcher(knowledge, DEFAULT_PARAMS);
const file = toModelFile(model, knowledgeHash(dir, DEFAULT_PARAMS), [], knowledge);
// Probes are scored by the model as it will be loaded (quantized), with the code as it is now.
const loaded = fromModelFile(file);
const options = featureOptionsOf(loaded);
const sample = knowledge.examples.filter((e) => hashString(e.group) % 50 === 0).slice(0, 60);
file.probes = sample.map((e) => {
  const [top] = rankClasses(loaded.classifier.classes, classProbabilities(loaded.classifier, extractFeatures(e.text, options)));
  return { text: e.text, top: top!.c, p: Math.round(top!.p * 1e4) / 1e4 };
});
const out = join(dir, MODEL_FILE);
writeFileSync(out, `${JSON.stringify(file)}\n`);
console.log(
  `trained on ${knowledge.examples.length} written examples in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${model.classifier.classes.length} classes, ${model.classifier.index.size} features, ${model.classifier.val.length} weights; ` +
    `thresholds ${JSON.stringify(model.thresholds)} → ${out}`,
);

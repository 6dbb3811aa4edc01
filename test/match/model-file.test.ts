import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/brain.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load-cards.ts';
import { buildMatcherModel, DEFAULT_PARAMS, featureOptionsOf } from '../../src/match/build-matcher-model.ts';
import { rankClasses } from '../../src/match/decide-outcome.ts';
import { extractFeatures } from '../../src/match/extract-features.ts';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { MODEL_FILE } from '../../src/match/load-matcher-model.ts';
import { fromModelFile, knowledgeHash, toModelFile, type ModelFile } from '../../src/match/model-file.ts';

const knowledge = loadKnowledge();
const saved = JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, MODEL_FILE), 'utf8')) as ModelFile;

describe('the saved matcher model', () => {
  it('was trained from this knowledge and these parameters', () => {
    expect(saved.knowledge).toBe(knowledgeHash(knowledge, DEFAULT_PARAMS));
  });

  it('still gives its probe messages the same answers with the code as it is now', () => {
    const model = fromModelFile(saved);
    const options = featureOptionsOf(model);
    expect(saved.probes.length).toBeGreaterThanOrEqual(40);
    for (const probe of saved.probes) {
      const [top] = rankClasses(model.classifier.classes, classProbabilities(model.classifier, extractFeatures(probe.text, options)));
      expect(top!.c, probe.text).toBe(probe.top);
      expect(top!.p, probe.text).toBeCloseTo(probe.p, 3);
    }
  });
});

describe('model files', () => {
  it('round-trip: a saved and loaded model answers like the trained one', () => {
    const small = { ...knowledge, examples: knowledge.examples.filter((_, i) => i % 10 === 0) };
    const model = buildMatcherModel(small, DEFAULT_PARAMS);
    const loaded = fromModelFile(JSON.parse(JSON.stringify(toModelFile(model, 'h', []))) as ModelFile);
    const options = featureOptionsOf(model);
    for (const e of knowledge.examples.filter((_, i) => i % 97 === 0)) {
      const f = extractFeatures(e.text, options);
      const a = rankClasses(model.classifier.classes, classProbabilities(model.classifier, f))[0]!;
      const b = rankClasses(loaded.classifier.classes, classProbabilities(loaded.classifier, f))[0]!;
      expect(b.c).toBe(a.c);
      expect(b.p).toBeCloseTo(a.p, 2);
    }
  });

  it('change hash when the knowledge changes', () => {
    const changed = { ...knowledge, examples: knowledge.examples.slice(1) };
    expect(knowledgeHash(changed, DEFAULT_PARAMS)).not.toBe(knowledgeHash(knowledge, DEFAULT_PARAMS));
  });
});

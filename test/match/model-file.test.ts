import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/brain.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load-cards.ts';
import { buildMatcherModel, DEFAULT_PARAMS, featureOptionsOf } from '../../src/match/build-matcher-model.ts';
import { rankClasses } from '../../src/match/decide-outcome.ts';
import { extractFeatures } from '../../src/match/extract-features.ts';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { MODEL_FILE } from '../../src/match/load-matcher-model.ts';
import { fromModelFile, knowledgeHash, toModelFile, trainingInputs, type ModelFile } from '../../src/match/model-file.ts';

const knowledge = loadKnowledge();
const saved = JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, MODEL_FILE), 'utf8')) as ModelFile;

describe('the saved matcher model', () => {
  it('was trained from this knowledge and these parameters', () => {
    expect(saved.knowledge).toBe(knowledgeHash(DEFAULT_KNOWLEDGE_DIR, DEFAULT_PARAMS));
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
    const loaded = fromModelFile(JSON.parse(JSON.stringify(toModelFile(model, 'h', [], small))) as ModelFile);
    const options = featureOptionsOf(model);
    for (const e of knowledge.examples.filter((_, i) => i % 97 === 0)) {
      const f = extractFeatures(e.text, options);
      const a = rankClasses(model.classifier.classes, classProbabilities(model.classifier, f))[0]!;
      const b = rankClasses(loaded.classifier.classes, classProbabilities(loaded.classifier, f))[0]!;
      expect(b.c).toBe(a.c);
      expect(b.p).toBeCloseTo(a.p, 2);
    }
  });

  it('hash every file training reads, and the parameters, but not drafts', () => {
    const inputs = trainingInputs(DEFAULT_KNOWLEDGE_DIR);
    expect(inputs).toEqual(expect.arrayContaining(['namespaces.md', 'concepts.yaml', 'catalogue/topics.yaml', 'examples/outside.jsonl', 'notes/docker-day2.md']));
    expect(inputs).not.toContain('README.md');
    expect(inputs).not.toContain(MODEL_FILE);
    const dir = mkdtempSync(join(tmpdir(), 'dh-kb-'));
    try {
      cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
      const before = knowledgeHash(dir, DEFAULT_PARAMS);
      writeFileSync(join(dir, 'new-card.md'), '---\nid: new-card\ndraft: true\n---\n');
      expect(knowledgeHash(dir, DEFAULT_PARAMS)).toBe(before);
      appendFileSync(join(dir, 'examples/namespaces.jsonl'), '{"text":"ns?","lang":"en","style":"oneword"}\n');
      expect(knowledgeHash(dir, DEFAULT_PARAMS)).not.toBe(before);
      expect(knowledgeHash(DEFAULT_KNOWLEDGE_DIR, { ...DEFAULT_PARAMS, balance: 0.9 })).not.toBe(knowledgeHash(DEFAULT_KNOWLEDGE_DIR, DEFAULT_PARAMS));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

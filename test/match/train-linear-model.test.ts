import { describe, expect, it } from 'vitest';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { DEFAULT_TRAIN_OPTIONS, mulberry32, trainLinearModel, type Sample } from '../../src/match/train-linear-model.ts';

const f = (...names: string[]) => new Map(names.map((n) => [n, 1 / Math.sqrt(names.length)]));
const samples: Sample[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ features: f('w:rm', `w:x${i % 5}`), label: 0, weight: 1 })),
  ...Array.from({ length: 20 }, (_, i) => ({ features: f('w:ls', `w:x${i % 5}`), label: 1, weight: 1 })),
];

describe('trainLinearModel', () => {
  const model = trainLinearModel(samples, ['remove', 'list']);
  it('learns which words tell the classes apart, and probabilities sum to 1', () => {
    const p = classProbabilities(model, f('w:rm', 'w:x1'));
    expect(p[0]).toBeGreaterThan(0.9);
    expect(p[0]! + p[1]!).toBeCloseTo(1, 9);
    expect(classProbabilities(model, f('w:ls'))[1]).toBeGreaterThan(0.9);
  });
  it('gives unseen features no say', () => {
    expect(classProbabilities(model, f('w:never-seen'))).toEqual(classProbabilities(model, new Map()));
  });
  it('is deterministic for a seed and drops weights too small to matter', () => {
    const again = trainLinearModel(samples, ['remove', 'list']);
    expect([...again.val]).toEqual([...model.val]);
    const pruned = trainLinearModel(samples, ['remove', 'list'], { ...DEFAULT_TRAIN_OPTIONS, prune: 10 });
    expect(pruned.val.length).toBe(0);
  });
  it('uses a seeded random source that repeats', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

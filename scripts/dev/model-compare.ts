// Dev experiment: the same features under different classifiers, by 5-fold CV top-1 (cards) and OOS.
import { loadKnowledge } from '../../src/brain.ts';
import { DEFAULT_PARAMS, featureOptionsOf, buildMatcherModel } from '../../src/match/build-matcher-model.ts';
import { createErrorSignatures } from '../../src/match/error-signatures.ts';
import { extractFeatures, type Features } from '../../src/match/extract-features.ts';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { classOf, trainingExamples, OUTSIDE, CHATTER } from '../../src/match/training-set.ts';
import { foldOf, itemOf } from '../eval-lib.ts';

const k = loadKnowledge();
const opts = { blocks: DEFAULT_PARAMS.blocks, errors: createErrorSignatures(k.cards.flatMap((c) => c.errors ?? [])) };
const cat = new Map(k.catalogue.map((e) => [e.id, e]));
const norm = (f: Features) => { let n = 0; for (const v of f.values()) n += v * v; const s = 1 / Math.sqrt(n || 1); return new Map([...f].map(([a, b]) => [a, b * s])); };
const dot = (a: Features, b: Features) => { let s = 0; for (const [key, v] of a) s += v * (b.get(key) ?? 0); return s; };
const res: Record<string, { top1: number; n: number }> = {};
const bump = (name: string, ok: boolean) => { (res[name] ??= { top1: 0, n: 0 }).n++; if (ok) res[name].top1++; };
for (let fold = 0; fold < 5; fold++) {
  const train = k.examples.filter((e) => foldOf(e.group, 5) !== fold);
  const test = k.examples.filter((e) => foldOf(e.group, 5) === fold);
  const ex = trainingExamples(k, train).map((e) => ({ f: norm(extractFeatures(e.text, opts)), c: classOf(e.target, cat) }));
  const centroids = new Map<string, Features>();
  for (const e of ex) { const c = centroids.get(e.c) ?? new Map(); for (const [a, v] of e.f) c.set(a, (c.get(a) ?? 0) + v); centroids.set(e.c, c); }
  for (const [c, f] of centroids) centroids.set(c, norm(f));
  const lr = buildMatcherModel(k, { ...DEFAULT_PARAMS, balance: 1 }, train);
  const lrOpts = featureOptionsOf(lr);
  for (const e of test) {
    const item = itemOf(e);
    if (item.expect !== 'answer') continue;
    const q = norm(extractFeatures(e.text, opts));
    // centroid
    let best = '', bs = -1; for (const [c, f] of centroids) { const s = dot(q, f); if (s > bs) [best, bs] = [c, s]; }
    bump('centroid', item.cards.includes(best));
    // kNN
    const sims = ex.map((x) => [dot(q, x.f), x.c] as const).sort((a, b) => b[0] - a[0]).slice(0, 7);
    const votes = new Map<string, number>(); for (const [s, c] of sims) votes.set(c, (votes.get(c) ?? 0) + s);
    const knn = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
    bump('knn7', item.cards.includes(knn));
    bump('nn1', item.cards.includes(sims[0]![1]));
    const p = classProbabilities(lr.classifier, extractFeatures(e.text, lrOpts));
    let bi = 0; for (let i = 1; i < p.length; i++) if (p[i]! > p[bi]!) bi = i;
    bump('lr', item.cards.includes(lr.classifier.classes[bi]!));
  }
}
for (const [name, r] of Object.entries(res)) console.log(name, (r.top1 / r.n * 100).toFixed(1));

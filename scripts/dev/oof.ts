// Dev: compare model variants by out-of-fold predictions (5-fold): top-1 and the best balanced
// operating point (mean of in-scope right-card rate and OOS no-card rate over answer thresholds).
import { loadKnowledge } from '../../src/brain.ts';
import { DEFAULT_PARAMS } from '../../src/match/build-matcher-model.ts';
import { isCard } from '../../src/match/decide-outcome.ts';
import { outOfFoldPredictions } from '../../src/match/train-matcher.ts';
const k = loadKnowledge();
const params = JSON.parse(process.env.P ?? '{}');
const p = { ...DEFAULT_PARAMS, ...params, train: { ...DEFAULT_PARAMS.train, ...(params.train ?? {}) }, blocks: { ...DEFAULT_PARAMS.blocks, ...(params.blocks ?? {}) } };
const t0 = Date.now();
const preds = outOfFoldPredictions(k, k.examples, p, 5);
const ins = preds.filter((x) => isCard(x.truth)), oos = preds.filter((x) => !isCard(x.truth));
const top1 = ins.filter((x) => x.ranked[0]!.c === x.truth).length / ins.length;
let best = { ba: 0, a: 0, i: 0, o: 0 };
for (let a = 0.1; a < 0.99; a += 0.01) {
  const i = ins.filter((x) => x.ranked[0]!.c === x.truth && x.ranked[0]!.p >= a).length / ins.length;
  const o = oos.filter((x) => !(isCard(x.ranked[0]!.c) && x.ranked[0]!.p >= a)).length / oos.length;
  if ((i + o) / 2 > best.ba) best = { ba: (i + o) / 2, a, i, o };
}
const f = (x: number) => (x * 100).toFixed(1);
console.log(`${process.env.P ?? '{}'}  top1 ${f(top1)}  best BA ${f(best.ba)} (in ${f(best.i)} oos ${f(best.o)} at ${best.a.toFixed(2)})  ${((Date.now() - t0) / 1000).toFixed(0)}s`);

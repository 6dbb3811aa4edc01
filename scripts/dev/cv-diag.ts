import { loadKnowledge } from '../../src/brain.ts';
import { buildMatcherModel, DEFAULT_PARAMS } from '../../src/match/build-matcher-model.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { crossValidate } from '../eval-lib.ts';
const k = loadKnowledge();
const params = JSON.parse(process.env.P ?? '{}');
const p = { ...DEFAULT_PARAMS, ...params, train: { ...DEFAULT_PARAMS.train, ...(params.train ?? {}) }, thresholds: { ...DEFAULT_PARAMS.thresholds, ...(params.thresholds ?? {}) }, blocks: { ...DEFAULT_PARAMS.blocks, ...(params.blocks ?? {}) } };
const t0 = Date.now();
const { trainMatcher } = await import('../../src/match/train-matcher.ts');
const nested = process.env.NESTED === '1';
const v = await crossValidate(async (kn, w) => { const model = nested ? trainMatcher(kn, p, w) : buildMatcherModel(kn, p, w); if (nested) console.log(JSON.stringify(model.thresholds)); const m = createMatcher(model); return async (t) => m.match(t); }, k);
const counts: Record<string, number> = {};
for (const x of v) { const key = `${x.item.expect}→${x.result.kind}${x.result.kind === 'answer' ? (x.pass ? ':right' : ':wrong') : ''}`; counts[key] = (counts[key] ?? 0) + 1; }
console.log(counts, ((Date.now()-t0)/1000).toFixed(1)+'s');
const inscope = v.filter(x=>x.item.expect==='answer'); const oos = v.filter(x=>x.item.expect!=='answer');
console.log('in-scope', (inscope.filter(x=>x.pass).length/inscope.length*100).toFixed(1), 'oos', (oos.filter(x=>x.pass).length/Math.max(1,oos.length)*100).toFixed(1));
if (process.env.SHOW) for (const x of v.filter(x=>!x.pass).slice(0, +process.env.SHOW)) console.log(JSON.stringify(x.item.q.slice(0,100)), x.item.cards, x.result.kind, (x.result as any).cardId ?? (x.result as any).cardIds ?? '', (x.result as any).score);
// Ranking quality without thresholds: is the right card the classifier's top card?
{
  const { classProbabilities } = await import('../../src/match/linear-model.ts');
  const { extractFeatures } = await import('../../src/match/extract-features.ts');
  const { featureOptionsOf } = await import('../../src/match/build-matcher-model.ts');
  const { foldOf, itemOf } = await import('../eval-lib.ts');
  let top1 = 0, n = 0; const pRight: number[] = []; const pOos: number[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const train = k.examples.filter((e) => foldOf(e.group, 5) !== fold);
    const model = buildMatcherModel(k, p, train);
    const opts = featureOptionsOf(model);
    for (const e of k.examples.filter((e) => foldOf(e.group, 5) === fold)) {
      const probs = classProbabilities(model.classifier, extractFeatures(e.text, opts));
      const cls = model.classifier.classes;
      let best = 0; for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[best]!) best = i;
      const item = itemOf(e);
      if (item.expect === 'answer') { n++; if (item.cards.includes(cls[best]!)) { top1++; pRight.push(probs[best]!); } }
      else pOos.push(Math.max(...cls.map((c, i) => (c.startsWith('(') ? 0 : probs[i]!))));
    }
  }
  const q = (a: number[], f: number) => a.sort((x, y) => x - y)[Math.floor(f * (a.length - 1))]?.toFixed(2);
  console.log(`top-1 ${(top1 / n * 100).toFixed(1)}%  p(right) q10 ${q(pRight, 0.1)} q50 ${q(pRight, 0.5)}  oos max-card-p q50 ${q(pOos, 0.5)} q90 ${q(pOos, 0.9)} q95 ${q(pOos,0.95)}`);
}
{
  const by = (f: (x: (typeof v)[number]) => string) => {
    const m = new Map<string, [number, number]>();
    for (const x of v) { const key = f(x); const [a, b] = m.get(key) ?? [0, 0]; m.set(key, [a + (x.pass ? 1 : 0), b + 1]); }
    return [...m].sort().map(([key, [a, b]]) => `${key} ${(a / b * 100).toFixed(0)}%/${b}`).join('  ');
  };
  console.log('by kind:', by((x) => x.item.kind));
  console.log('by style:', by((x) => `${x.item.expect === 'answer' ? '' : 'oos-'}${x.item.style}`));
  const conf = new Map<string, number>();
  for (const x of v) if (!x.pass && x.item.expect === 'answer') { const got = x.result.kind === 'answer' ? x.result.cardId : x.result.kind; const key = `${x.item.cards[0]} → ${got}`; conf.set(key, (conf.get(key) ?? 0) + 1); }
  console.log([...conf].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([a, b]) => `${b} ${a}`).join('\n'));
}

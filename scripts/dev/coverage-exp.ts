// Dev experiment: does "how much of the message the top card's own vocabulary covers" separate right
// answers from off-topic guesses beyond the probability? 5-fold OOF, AUCs and best balanced accuracy.
import { loadKnowledge } from '../../src/brain.ts';
import { buildMatcherModel, DEFAULT_PARAMS, featureOptionsOf } from '../../src/match/build-matcher-model.ts';
import { isCard, rankClasses } from '../../src/match/decide-outcome.ts';
import { extractFeatures, wordsOf } from '../../src/match/extract-features.ts';
import { cleanSlackText } from '../../src/match/clean-slack-text.ts';
import { foldText } from '../../src/match/fold-text.ts';
import { focusMessage } from '../../src/match/focus-message.ts';
import { classProbabilities } from '../../src/match/linear-model.ts';
import { foldOf } from '../../src/match/train-matcher.ts';
import { classOf, trainingExamples } from '../../src/match/training-set.ts';

const k = loadKnowledge();
const cat = new Map(k.catalogue.map((e) => [e.id, e]));
const terms = (t: string) => {
  const f = foldText(cleanSlackText(focusMessage(t)));
  const han = [...f.matchAll(/\p{Script=Han}+/gu)].flatMap((m) => { const r = [...m[0]]; return r.slice(0, -1).map((c, i) => c + r[i + 1]); });
  return [...new Set([...wordsOf(f).filter((w) => /^[a-z]{3,}$/.test(w)), ...han])];
};
const rows: { p1: number; cov: number; good: boolean; inScope: boolean; right: boolean }[] = [];
for (let fold = 0; fold < 5; fold++) {
  const train = k.examples.filter((e) => foldOf(e.group, 5) !== fold);
  const model = buildMatcherModel(k, DEFAULT_PARAMS, train);
  const opts = featureOptionsOf(model);
  const vocab = new Map<string, Set<string>>();
  const df = new Map<string, Set<string>>();
  for (const e of trainingExamples(k, train)) {
    const c = classOf(e.target, cat);
    for (const t of terms(e.text)) { (vocab.get(c) ?? vocab.set(c, new Set()).get(c)!).add(t); (df.get(t) ?? df.set(t, new Set()).get(t)!).add(c); }
  }
  const nClasses = model.classifier.classes.length;
  for (const e of k.examples.filter((x) => foldOf(x.group, 5) === fold)) {
    const truth = classOf(e.target, cat);
    const r = rankClasses(model.classifier.classes, classProbabilities(model.classifier, extractFeatures(e.text, opts)));
    if (!isCard(r[0]!.c)) { rows.push({ p1: 0, cov: 0, good: !isCard(truth), inScope: isCard(truth), right: false }); continue; }
    const v = vocab.get(r[0]!.c)!;
    let tot = 0, hit = 0;
    for (const t of terms(e.text)) {
      const d = df.get(t)?.size ?? 0;
      if (d > nClasses * 0.5) continue; // generic
      const w = d === 0 ? 1 : Math.log(nClasses / d);
      tot += w; if (v.has(t)) hit += w;
    }
    const cov = tot ? hit / tot : 1;
    rows.push({ p1: r[0]!.p, cov, good: r[0]!.c === truth, inScope: isCard(truth), right: r[0]!.c === truth });
  }
}
const auc = (score: (x: (typeof rows)[number]) => number) => {
  const pos = rows.filter((x) => x.good && x.inScope).map(score), neg = rows.filter((x) => !x.inScope && x.p1 > 0).map(score);
  let s = 0; for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0; return s / (pos.length * neg.length);
};
console.log('AUC p1', auc((x) => x.p1).toFixed(3), 'cov', auc((x) => x.cov).toFixed(3), 'p1*cov', auc((x) => x.p1 * x.cov).toFixed(3), 'p1*sqrt(cov)', auc((x) => x.p1 * Math.sqrt(x.cov)).toFixed(3));
const ba = (score: (x: (typeof rows)[number]) => number) => {
  let best = 0;
  for (let a = 0; a < 1; a += 0.01) {
    const ins = rows.filter((x) => x.inScope), oos = rows.filter((x) => !x.inScope);
    const i = ins.filter((x) => x.right && x.p1 > 0 && score(x) >= a).length / ins.length;
    const o = oos.filter((x) => !(x.p1 > 0 && score(x) >= a)).length / oos.length;
    best = Math.max(best, (i + o) / 2);
  }
  return (best * 100).toFixed(1);
};
console.log('BA p1', ba((x) => x.p1), 'p1*cov', ba((x) => x.p1 * x.cov), 'p1*sqrt(cov)', ba((x) => x.p1 * Math.sqrt(x.cov)), 'p1^0.5*cov', ba((x) => Math.sqrt(x.p1) * x.cov));

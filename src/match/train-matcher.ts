import type { Example } from '../knowledge/example-schema.ts';
import { buildMatcherModel, DEFAULT_PARAMS, featureOptionsOf, type MatcherModel, type ModelParams } from './build-matcher-model.ts';
import { chooseThresholds, type HeldOutPrediction } from './choose-thresholds.ts';
import { rankClasses } from './decide-outcome.ts';
import { extractFeatures } from './extract-features.ts';
import { hashString } from './hash-string.ts';
import { classProbabilities } from './linear-model.ts';
import { nearestTopic } from './topic-index.ts';
import { classOf, type Knowledge } from './training-set.ts';

/** Which of k folds an example's group falls in; variants share their source's group. */
export function foldOf(group: string, k: number, seed = 0): number {
  return hashString(`${seed}:${group}`) % k;
}

/** Predictions for every written example by models that never saw it (k-fold on `written`). */
export function outOfFoldPredictions(knowledge: Knowledge, written: readonly Example[], params: ModelParams, k: number): HeldOutPrediction[] {
  const catalogue = new Map(knowledge.catalogue.map((e) => [e.id, e]));
  const out: HeldOutPrediction[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = buildMatcherModel(knowledge, params, written.filter((e) => foldOf(e.group, k, 1) !== fold));
    const options = featureOptionsOf(model);
    for (const e of written.filter((x) => foldOf(x.group, k, 1) === fold)) {
      const features = extractFeatures(e.text, options);
      const ranked = rankClasses(model.classifier.classes, classProbabilities(model.classifier, features));
      out.push({ ranked, truth: classOf(e.target, catalogue), topic: nearestTopic(model.topics, features)?.similarity ?? 0 });
    }
  }
  return out;
}

/**
 * The production recipe: thresholds calibrated on out-of-fold predictions of the training examples
 * (so none of them judges a model it trained), then the model trained on all of them.
 */
export function trainMatcher(knowledge: Knowledge, params: ModelParams = DEFAULT_PARAMS, written: readonly Example[] = knowledge.examples, k = 4): MatcherModel {
  const thresholds = chooseThresholds(outOfFoldPredictions(knowledge, written, params, k));
  return buildMatcherModel(knowledge, { ...params, thresholds }, written);
}

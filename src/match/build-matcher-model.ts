import type { Example } from '../knowledge/example-schema.ts';
import type { ConceptGroup } from '../knowledge/load-concepts.ts';
import { cleanSlackText } from './clean-slack-text.ts';
import { createConceptFinder } from './concept-finder.ts';
import { englishWords } from './english-words.ts';
import { foldText } from './fold-text.ts';
import { createSpellCorrector, protectedWordsOf } from './spell-corrector.ts';
import { createErrorSignatures } from './error-signatures.ts';
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, wordsOf, type FeatureOptions, type Features } from './extract-features.ts';
import type { LinearModel } from './linear-model.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './decide-outcome.ts';
import { buildTopicIndex, type TopicIndex } from './topic-index.ts';
import { DEFAULT_TRAIN_OPTIONS, trainLinearModel, type Sample, type TrainOptions } from './train-linear-model.ts';
import { CHATTER, classOf, OUTSIDE, trainingExamples, type Knowledge } from './training-set.ts';

/** Everything a matcher needs at run time; built from the knowledge, deterministically. */
export interface MatcherModel {
  classifier: LinearModel;
  topics: TopicIndex;
  /** The error messages cards list, recognised in pasted text. */
  errorMessages: string[];
  concepts: ConceptGroup[];
  /** Words of the training text with their counts: what typos are corrected to. */
  vocabulary: [string, number][];
  /** Ordinary English words near the vocabulary, which are never "corrected". */
  protectedWords: string[];
  /** Step number of the notes → cards explaining a step with that number. */
  steps: [number, string[]][];
  blocks: FeatureOptions['blocks'];
  thresholds: Thresholds;
}

export interface ModelParams {
  blocks: FeatureOptions['blocks'];
  train: TrainOptions;
  thresholds: Thresholds;
  /** How much a generated variant or a card field counts beside a written example. */
  variantWeight: number;
  fieldWeight: number;
  /** 0 keeps the classes as large as their examples; 1 gives every class the same total weight. */
  balance: number;
}

export const DEFAULT_PARAMS: ModelParams = {
  blocks: DEFAULT_FEATURE_OPTIONS.blocks,
  train: DEFAULT_TRAIN_OPTIONS,
  thresholds: DEFAULT_THRESHOLDS,
  variantWeight: 0.5,
  fieldWeight: 1,
  balance: 0.25,
};

type FeatureSource = Pick<MatcherModel, 'blocks' | 'errorMessages' | 'concepts' | 'vocabulary' | 'protectedWords' | 'steps'>;

export function featureOptionsOf(model: FeatureSource): FeatureOptions {
  return {
    blocks: model.blocks,
    errors: createErrorSignatures(model.errorMessages),
    concepts: createConceptFinder(model.concepts),
    correct: createSpellCorrector(new Map(model.vocabulary), new Set(model.protectedWords)),
    steps: new Map(model.steps),
  };
}

/** Latin words of the training text and how often each occurs. */
function vocabularyOf(texts: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of wordsOf(foldText(cleanSlackText(t)))) if (/^[a-z]{3,}$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * Trains the classifier (every card, "outside the notes", chatter) on the written examples, their
 * variants and the cards' and catalogue's own fields, and indexes the catalogue for the topic.
 * `written` is the subset of written examples to learn from (cross-validation leaves folds out).
 */
export function buildMatcherModel(knowledge: Knowledge, params: ModelParams = DEFAULT_PARAMS, written?: readonly Example[]): MatcherModel {
  const errorMessages = knowledge.cards.flatMap((c) => c.errors ?? []);
  const examples = trainingExamples(knowledge, written);
  const vocabulary = vocabularyOf(examples.map((e) => e.text));
  const protectedWords = protectedWordsOf(vocabulary.map(([w]) => w), englishWords());
  const steps = new Map<number, string[]>();
  for (const card of knowledge.cards) for (const n of card.steps ?? []) (steps.get(n) ?? steps.set(n, []).get(n)!).push(card.id);
  const source: FeatureSource = {
    blocks: params.blocks,
    errorMessages,
    concepts: [...knowledge.concepts],
    vocabulary,
    protectedWords,
    steps: [...steps].sort((a, b) => a[0] - b[0]),
  };
  const options = featureOptionsOf(source);
  const catalogue = new Map(knowledge.catalogue.map((e) => [e.id, e]));
  // One class for all of Docker outside the notes: measured by 5-fold CV, a class per catalogue topic
  // ranked no better (79.6 against 79.2 balanced accuracy) and trained twice as slowly.
  const classes = [...knowledge.cards.map((c) => c.id), OUTSIDE, CHATTER];
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const labelOf = (e: Example) => classOf(e.target, catalogue);
  const samples: Sample[] = [];
  const topicDocs = new Map<string, Features[]>();
  for (const e of knowledge.catalogue) if (!e.taught) topicDocs.set(e.id, []);
  for (const example of examples) {
    const features = extractFeatures(example.text, options);
    const label = classIndex.get(labelOf(example))!;
    const weight = example.origin === 'variant' ? params.variantWeight : example.origin === 'field' ? params.fieldWeight : 1;
    samples.push({ features, label, weight });
    if (example.target.kind === 'topic') topicDocs.get(example.target.id)?.push(features);
  }
  balanceClasses(samples, classes.length, params.balance);
  return {
    classifier: trainLinearModel(samples, classes, params.train),
    topics: buildTopicIndex(topicDocs),
    ...source,
    thresholds: params.thresholds,
  };
}

/** Scales sample weights so a class with many examples (outside the notes) does not win by numbers alone. */
function balanceClasses(samples: Sample[], k: number, balance: number): void {
  if (balance === 0) return;
  const totals = new Float64Array(k);
  for (const s of samples) totals[s.label]! += s.weight;
  const present = [...totals].filter((t) => t > 0);
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  for (const s of samples) s.weight *= (totals[s.label]! / mean) ** -balance;
}

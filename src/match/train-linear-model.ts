import type { Features } from './extract-features.ts';
import { softmax, sparseModel, type LinearModel } from './linear-model.ts';

export interface Sample {
  features: Features;
  /** Index into the class list. */
  label: number;
  /** How much the sample counts (variants count less than what people wrote). */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  /** Starting step size; it decays as 1 / (1 + decay · epoch). */
  rate: number;
  decay: number;
  /** L2 penalty on the weights a sample touches. */
  l2: number;
  seed: number;
  /** Weights smaller than this are dropped from the model (they change no decision). */
  prune: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 24, rate: 0.4, decay: 0.25, l2: 2e-5, seed: 1, prune: 0.05 };

/** Small, fast, seeded: the same samples always give the same model. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stochastic gradient descent on the cross-entropy; deterministic for a given seed. */
export function trainLinearModel(samples: readonly Sample[], classes: readonly string[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): LinearModel {
  const k = classes.length;
  const index = new Map<string, number>();
  const encoded = samples.map((s) => {
    const rows = new Int32Array(s.features.size);
    const values = new Float32Array(s.features.size);
    let i = 0;
    for (const [name, value] of s.features) {
      let row = index.get(name);
      if (row === undefined) index.set(name, (row = index.size));
      rows[i] = row;
      values[i++] = value;
    }
    return { rows, values, label: s.label, weight: s.weight };
  });
  const weights = new Float32Array(index.size * k);
  const bias = new Float32Array(k);
  const random = mulberry32(options.seed);
  const order = encoded.map((_, i) => i);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.rate / (1 + options.decay * epoch);
    for (const n of order) {
      const s = encoded[n]!;
      z.set(bias);
      for (let f = 0; f < s.rows.length; f++) {
        const base = s.rows[f]! * k;
        const x = s.values[f]!;
        for (let c = 0; c < k; c++) z[c]! += x * weights[base + c]!;
      }
      const p = softmax(z);
      for (let c = 0; c < k; c++) {
        const g = (p[c]! - (c === s.label ? 1 : 0)) * s.weight * rate;
        bias[c]! -= g;
        p[c] = g;
      }
      const shrink = 1 - rate * options.l2;
      for (let f = 0; f < s.rows.length; f++) {
        const base = s.rows[f]! * k;
        const x = s.values[f]!;
        for (let c = 0; c < k; c++) weights[base + c] = weights[base + c]! * shrink - p[c]! * x;
      }
    }
  }
  return sparseModel(classes, [...index.keys()], weights, bias, options.prune);
}

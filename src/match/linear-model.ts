import type { Features } from './extract-features.ts';
import type { StringIndex } from './packed-index.ts';

/**
 * A softmax (multinomial logistic) classifier over sparse features, its weights stored sparse:
 * most features speak for a few classes, so each row keeps only the weights that matter.
 */
export interface LinearModel {
  classes: readonly string[];
  /** feature name → its row. */
  index: StringIndex;
  /** Row r's weights are at rowStart[r] … rowStart[r + 1] - 1 of `cls` (class) and `val` (weight). */
  rowStart: Uint32Array;
  cls: Uint16Array;
  val: Float32Array;
  bias: Float32Array;
}

/** Class probabilities for one message's features (they sum to 1). Features never seen in training count for nothing. */
export function classProbabilities(model: LinearModel, features: Features): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const [name, value] of features) {
    const row = model.index.get(name);
    if (row === undefined) continue;
    for (let i = model.rowStart[row]!, end = model.rowStart[row + 1]!; i < end; i++) z[model.cls[i]!]! += value * model.val[i]!;
  }
  return softmax(z);
}

export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

/** Dense row-major weights → the sparse model, dropping weights smaller than `epsilon` and rows left empty. */
export function sparseModel(
  classes: readonly string[],
  names: readonly string[],
  dense: Float32Array,
  bias: Float32Array,
  epsilon: number,
): LinearModel {
  const k = classes.length;
  const index = new Map<string, number>();
  const starts: number[] = [0];
  const cls: number[] = [];
  const val: number[] = [];
  names.forEach((name, r) => {
    const before = cls.length;
    for (let c = 0; c < k; c++) {
      const w = dense[r * k + c]!;
      if (Math.abs(w) >= epsilon) {
        cls.push(c);
        val.push(w);
      }
    }
    if (cls.length === before) return;
    index.set(name, index.size);
    starts.push(cls.length);
  });
  return { classes, index, rowStart: Uint32Array.from(starts), cls: Uint16Array.from(cls), val: Float32Array.from(val), bias };
}

import type { Features } from './extract-features.ts';

/**
 * Nearest-centroid search over catalogue entries: which topic a question outside the notes is about.
 * Postings are flat typed arrays, not a list of pairs per feature: the pairs were 4.9 MB of the
 * server's heap for 0.9 MB of numbers.
 */
export interface TopicIndex {
  ids: readonly string[];
  /** feature → its row: its postings are `entry[start[row]…start[row + 1])`, weights alike. */
  rows: ReadonlyMap<string, number>;
  start: Uint32Array;
  /** Which entry (index into `ids`) each posting is for. */
  entry: Uint16Array;
  /** The posting's weight in that entry's unit-length centroid. */
  weight: Float64Array;
}

/** The index from each feature's [entry, weight] pairs, in the order given. */
function topicIndexOf(ids: readonly string[], postings: Iterable<readonly [string, Iterable<readonly [number, number]>]>): TopicIndex {
  const rows = new Map<string, number>();
  const starts: number[] = [0];
  const entries: number[] = [];
  const weights: number[] = [];
  for (const [key, list] of postings) {
    for (const [e, w] of list) {
      entries.push(e);
      weights.push(w);
    }
    rows.set(key, rows.size);
    starts.push(entries.length);
  }
  return { ids, rows, start: Uint32Array.from(starts), entry: Uint16Array.from(entries), weight: Float64Array.from(weights) };
}

export interface TopicHit {
  id: string;
  /** Cosine similarity, 0 … 1. */
  similarity: number;
}

// Centroid weights below this change no ranking (measured: the same nearest topic for every example).
const MIN_WEIGHT = 0.02;

/** One centroid per entry from the features of its examples (each of unit length, so none dominates). */
export function buildTopicIndex(docs: ReadonlyMap<string, readonly Features[]>): TopicIndex {
  const ids = [...docs.keys()];
  const postings = new Map<string, [number, number][]>();
  ids.forEach((id, e) => {
    const sum = new Map<string, number>();
    for (const f of docs.get(id)!) {
      let norm = 0;
      for (const v of f.values()) norm += v * v;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (const [k, v] of f) sum.set(k, (sum.get(k) ?? 0) + v * scale);
    }
    let norm = 0;
    for (const v of sum.values()) norm += v * v;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [k, v] of sum) {
      if (v * scale < MIN_WEIGHT) continue;
      const list = postings.get(k);
      if (list) list.push([e, v * scale]);
      else postings.set(k, [[e, v * scale]]);
    }
  });
  return topicIndexOf(ids, postings);
}

export function nearestTopic(index: TopicIndex, features: Features): TopicHit | null {
  let norm = 0;
  for (const v of features.values()) norm += v * v;
  if (norm === 0) return null;
  const scores = new Float64Array(index.ids.length);
  for (const [k, v] of features) {
    const row = index.rows.get(k);
    if (row === undefined) continue;
    for (let j = index.start[row]!, end = index.start[row + 1]!; j < end; j++) scores[index.entry[j]!]! += v * index.weight[j]!;
  }
  let best = -1;
  for (let e = 0; e < scores.length; e++) if (best < 0 || scores[e]! > scores[best]!) best = e;
  if (best < 0 || scores[best]! <= 0) return null;
  return { id: index.ids[best]!, similarity: scores[best]! / Math.sqrt(norm) };
}

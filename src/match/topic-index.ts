import type { Features } from './extract-features.ts';

/** Nearest-centroid search over catalogue entries: which topic a question outside the notes is about. */
export interface TopicIndex {
  ids: readonly string[];
  /** feature → [entry, weight] pairs of the entries' unit-length centroids. */
  postings: ReadonlyMap<string, readonly (readonly [number, number])[]>;
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
  return { ids, postings };
}

export function nearestTopic(index: TopicIndex, features: Features): TopicHit | null {
  let norm = 0;
  for (const v of features.values()) norm += v * v;
  if (norm === 0) return null;
  const scores = new Float64Array(index.ids.length);
  for (const [k, v] of features) for (const [e, w] of index.postings.get(k) ?? []) scores[e]! += v * w;
  let best = -1;
  for (let e = 0; e < scores.length; e++) if (best < 0 || scores[e]! > scores[best]!) best = e;
  if (best < 0 || scores[best]! <= 0) return null;
  return { id: index.ids[best]!, similarity: scores[best]! / Math.sqrt(norm) };
}

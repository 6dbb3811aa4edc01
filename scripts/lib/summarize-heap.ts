/**
 * A V8 heap snapshot (`.heapsnapshot`, from `node --heapsnapshot-signal` or `v8.writeHeapSnapshot`)
 * summarised the way DevTools' "Retainers" view would be read: the objects that keep the most
 * memory alive (retained size, from the dominator tree) with the path that holds them, and self
 * sizes by constructor. Weak edges do not retain, as in DevTools.
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface Retainer {
  /** Retained bytes: what would be freed if this object went. */
  retained: number;
  self: number;
  what: string;
  /** Property names from a GC root down to it (shortest). */
  path: string;
}

export interface HeapSummary {
  totalBytes: number;
  nodes: number;
  top: Retainer[];
  byConstructor: { name: string; count: number; self: number }[];
}

export function summarizeHeap(file: string, top = 25): HeapSummary {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const { meta } = snap.snapshot;
  const NF = meta.node_fields.length;
  const EF = meta.edge_fields.length;
  const nType = meta.node_fields.indexOf('type');
  const nName = meta.node_fields.indexOf('name');
  const nSelf = meta.node_fields.indexOf('self_size');
  const nEdges = meta.node_fields.indexOf('edge_count');
  const eType = meta.edge_fields.indexOf('type');
  const eName = meta.edge_fields.indexOf('name_or_index');
  const eTo = meta.edge_fields.indexOf('to_node');
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const weak = edgeTypes.indexOf('weak');
  const shortcut = edgeTypes.indexOf('shortcut');
  const elementLike = new Set([edgeTypes.indexOf('element'), edgeTypes.indexOf('hidden')]);
  const { nodes, edges, strings } = snap;
  const count = nodes.length / NF;

  const firstEdge = new Int32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * NF + nEdges]! * EF;
    firstEdge[i + 1] = e;
  }
  const retaining = (e: number) => edges[e + eType] !== weak && edges[e + eType] !== shortcut;

  // Depth-first post-order from the root (node 0), iteratively.
  const order = new Int32Array(count).fill(-1);
  const post: number[] = [];
  const stack: number[] = [0];
  const cursor = new Int32Array(count);
  order[0] = 0;
  for (let i = 0; i < count; i++) cursor[i] = firstEdge[i]!;
  while (stack.length > 0) {
    const n = stack[stack.length - 1]!;
    if (cursor[n]! < firstEdge[n + 1]!) {
      const e = cursor[n]!;
      cursor[n] = e + EF;
      if (!retaining(e)) continue;
      const to = edges[e + eTo]! / NF;
      if (order[to] === -1) {
        order[to] = 0;
        stack.push(to);
      }
    } else {
      stack.pop();
      order[n] = post.length;
      post.push(n);
    }
  }

  // Predecessors (retaining edges between reachable nodes) for the dominator computation.
  const predCount = new Int32Array(count + 1);
  for (let n = 0; n < count; n++) {
    if (order[n] === -1) continue;
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EF) if (retaining(e)) predCount[edges[e + eTo]! / NF + 1]!++;
  }
  for (let i = 0; i < count; i++) predCount[i + 1]! += predCount[i]!;
  const preds = new Int32Array(predCount[count]!);
  const fill = predCount.slice(0, count);
  for (let n = 0; n < count; n++) {
    if (order[n] === -1) continue;
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EF) if (retaining(e)) preds[fill[edges[e + eTo]! / NF]!++] = n;
  }

  // Cooper, Harvey & Kennedy: iterate immediate dominators over reverse post-order to a fixpoint.
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (order[a]! < order[b]!) a = idom[a]!;
      while (order[b]! < order[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = post.length - 2; i >= 0; i--) {
      const n = post[i]!;
      let d = -1;
      for (let p = predCount[n]!; p < predCount[n + 1]!; p++) {
        const m = preds[p]!;
        if (idom[m] === -1 || order[m] === -1) continue;
        d = d === -1 ? m : intersect(m, d);
      }
      if (d !== -1 && idom[n] !== d) {
        idom[n] = d;
        changed = true;
      }
    }
  }

  const self = (n: number) => nodes[n * NF + nSelf]!;
  const retained = new Float64Array(count);
  for (const n of post) retained[n]! += self(n);
  for (const n of post) if (n !== 0 && idom[n]! >= 0) retained[idom[n]!]! += retained[n]!;

  // Shortest retaining path from the root, for naming what holds each big object.
  const parent = new Int32Array(count).fill(-1);
  const via = new Int32Array(count).fill(-1);
  parent[0] = 0;
  for (let queue = [0], next: number[] = []; queue.length > 0; queue = next, next = []) {
    for (const n of queue) {
      for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EF) {
        if (!retaining(e)) continue;
        const to = edges[e + eTo]! / NF;
        if (parent[to] !== -1) continue;
        parent[to] = n;
        via[to] = e;
        next.push(to);
      }
    }
  }
  const describe = (n: number) => {
    const type = nodeTypes[nodes[n * NF + nType]!]!;
    const name = strings[nodes[n * NF + nName]!] ?? '';
    return type === 'string' || type === 'concatenated string' || type === 'sliced string' ? `string "${name.slice(0, 40)}"` : `${name.slice(0, 60) || type} (${type})`;
  };
  const pathTo = (n: number) => {
    const parts: string[] = [];
    for (let m = n; m !== 0 && parts.length < 12; m = parent[m]!) {
      const e = via[m]!;
      if (e < 0) break;
      const t = edges[e + eType]!;
      const label = elementLike.has(t) ? `[${edges[e + eName]}]` : String(strings[edges[e + eName]!] ?? edges[e + eName]);
      parts.unshift(label);
    }
    return parts.join(' → ');
  };

  const candidates: number[] = [];
  for (let n = 1; n < count; n++) if (order[n] !== -1 && nodeTypes[nodes[n * NF + nType]!] !== 'synthetic') candidates.push(n);
  candidates.sort((a, b) => retained[b]! - retained[a]!);
  const byName = new Map<string, { count: number; self: number }>();
  for (const n of post) {
    const type = nodeTypes[nodes[n * NF + nType]!]!;
    const key = type === 'object' || type === 'closure' ? `${strings[nodes[n * NF + nName]!]} (${type})` : `(${type})`;
    const entry = byName.get(key) ?? { count: 0, self: 0 };
    entry.count++;
    entry.self += self(n);
    byName.set(key, entry);
  }
  return {
    totalBytes: retained[0]!,
    nodes: post.length,
    top: candidates.slice(0, top).map((n) => ({ retained: retained[n]!, self: self(n), what: describe(n), path: pathTo(n) })),
    byConstructor: [...byName].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.self - a.self).slice(0, 15),
  };
}

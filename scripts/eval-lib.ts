import { readFileSync } from 'node:fs';
import { createBrain } from '../src/brain.ts';
import { dispatch } from '../src/dispatch.ts';
import type { Example } from '../src/knowledge/example-schema.ts';
import type { MatchResult } from '../src/match/matcher.ts';
import { renderJson, type ReplyJson } from '../src/render/render-json.ts';
import type { Knowledge } from '../src/match/training-set.ts';
import { foldOf } from '../src/match/train-matcher.ts';

export { foldOf };

export const KINDS = ['en', 'typo', 'zh-TW', 'zh-CN', 'mixed', 'slack', 'oos'] as const;
export type QuestionKind = (typeof KINDS)[number];

/** One message to judge, from any of the sets: a card that should answer it, or none. */
export interface EvalItem {
  q: string;
  kind: QuestionKind;
  style: string;
  /** Cards that answer it; empty for out-of-scope. */
  cards: string[];
  /** For out-of-scope: whether it is Docker the notes don't teach, or chatter / other tools. */
  expect: 'answer' | 'outside-notes' | 'no-answer';
  /** Old-format sets: groups of strings the reply text must contain one each of. */
  all?: string[][];
}

/** A system under evaluation: trained on some written examples, then asked one message at a time. */
export type System = (knowledge: Knowledge, written: readonly Example[]) => Promise<(text: string) => Promise<MatchResult>>;

export function kindOf(e: Pick<Example, 'lang' | 'style' | 'target'>): QuestionKind {
  if (e.target.kind !== 'card') return 'oos';
  if (e.style === 'typo' || e.style === 'slack') return e.style;
  return e.lang;
}

export function itemOf(e: Example): EvalItem {
  const t = e.target;
  return {
    q: e.text,
    kind: kindOf(e),
    style: e.style,
    cards: t.kind === 'card' ? [t.id] : [],
    expect: t.kind === 'card' ? 'answer' : t.kind === 'topic' ? 'outside-notes' : 'no-answer',
  };
}

/** Reads a question set: the frozen format (`cards`, `expect`) or the old one (`all`, `none`). */
export function readItems(file: string): EvalItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const raw = JSON.parse(line) as Partial<EvalItem> & { none?: boolean };
      if (typeof raw.q !== 'string' || !KINDS.includes(raw.kind as QuestionKind)) throw new Error(`${file}:${i + 1}: needs "q" and a known "kind"`);
      if (raw.cards) return [{ q: raw.q, kind: raw.kind!, style: raw.style ?? '-', cards: raw.cards, expect: raw.expect ?? (raw.cards.length ? 'answer' : 'no-answer') }];
      if (!raw.none && !Array.isArray(raw.all)) throw new Error(`${file}:${i + 1}: needs "cards", or "all" or "none"`);
      return [{ q: raw.q, kind: raw.kind!, style: raw.style ?? '-', cards: [], expect: raw.none ? 'no-answer' : 'answer', ...(raw.all ? { all: raw.all } : {}) }];
    });
}

/** The pass rule on a match: out-of-scope gets no card; in-scope gets one of its cards as the answer. */
export function judgeMatch(item: EvalItem, result: MatchResult): boolean {
  if (item.expect !== 'answer') return result.kind !== 'answer';
  return result.kind === 'answer' && item.cards.includes(result.cardId);
}

/** The pass rule on a rendered reply (old sets): an answer whose text holds one string of every group. */
export function judgeReply(item: EvalItem, reply: ReplyJson): boolean {
  if (item.expect !== 'answer') return !reply.matched;
  if (reply.kind !== 'answer') return false;
  if (item.cards.length) return item.cards.includes(reply.card!.id);
  const text = reply.text.toLowerCase();
  return (item.all ?? []).every((group) => group.some((s) => text.includes(s.toLowerCase())));
}

export interface KindScore {
  pass: number;
  total: number;
  rate: number;
}

export function rates<T>(rows: readonly { key: T; pass: boolean }[], keys: readonly T[]): Map<T, KindScore> {
  const out = new Map<T, KindScore>();
  for (const key of keys) {
    const mine = rows.filter((r) => r.key === key);
    if (mine.length === 0) continue;
    const pass = mine.filter((r) => r.pass).length;
    out.set(key, { pass, total: mine.length, rate: pass / mine.length });
  }
  return out;
}


export interface Verdict {
  item: EvalItem;
  result: MatchResult;
  pass: boolean;
}

/**
 * Group k-fold cross-validation on the written examples: each fold is judged by a system trained on
 * the other folds (and the cards' and catalogue's fields, which are knowledge, not examples). A
 * written example and its generated variants share a group, so they never straddle folds.
 */
export async function crossValidate(system: System, knowledge: Knowledge, k = 5, seed = 0, sample = 1): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = knowledge.examples.filter((e) => foldOf(e.group, k, seed) !== fold);
    // A slow baseline may be judged on a fixed share of each test fold (the same share every run).
    const test = knowledge.examples.filter((e) => foldOf(e.group, k, seed) === fold && (sample >= 1 || foldOf(e.group, 1000, 7) < sample * 1000));
    const ask = await system(knowledge, train);
    for (const e of test) {
      const item = itemOf(e);
      const result = await ask(e.text);
      verdicts.push({ item, result, pass: judgeMatch(item, result) });
    }
  }
  return verdicts;
}

/** A set judged by a system trained on every written example. */
export async function heldOut(system: System, knowledge: Knowledge, items: readonly EvalItem[]): Promise<Verdict[]> {
  const ask = await system(knowledge, knowledge.examples);
  const out: Verdict[] = [];
  for (const item of items) {
    const result = await ask(item.q);
    out.push({ item, result, pass: judgeMatch(item, result) });
  }
  return out;
}

/** Old-format sets through the real dispatcher and renderer, as `ask --json` does. */
export async function judgeThroughReplies(items: readonly EvalItem[]): Promise<{ item: EvalItem; reply: ReplyJson; pass: boolean }[]> {
  // The production brain: the saved model when it matches knowledge/, else trained as at start-up.
  const brain = createBrain();
  const out = [];
  for (const item of items) {
    const reply = renderJson(await dispatch({ text: item.q, surface: 'cli' }, brain));
    out.push({ item, reply, pass: judgeReply(item, reply) });
  }
  return out;
}

import { readFileSync } from 'node:fs';
import { createBrain } from '../src/brain.ts';
import { dispatch } from '../src/dispatch.ts';
import type { Card } from '../src/knowledge/card-schema.ts';
import type { Matcher } from '../src/match/matcher.ts';
import { renderJson, type ReplyJson } from '../src/render/render-json.ts';

export const KINDS = ['en', 'typo', 'zh-TW', 'zh-CN', 'mixed', 'slack', 'oos'] as const;
export type QuestionKind = (typeof KINDS)[number];

export interface Question {
  q: string;
  kind: QuestionKind;
  /** Groups of strings: the reply text must contain one of each group. */
  all?: string[][];
  /** The question must get no card. */
  none?: boolean;
}

export interface Verdict {
  question: Question;
  pass: boolean;
  reply: ReplyJson;
}

export interface KindScore {
  pass: number;
  total: number;
  rate: number;
}

/** Reads a question set, one JSON object per line; blank lines are skipped, bad lines name their number. */
export function readQuestions(file: string): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const q = JSON.parse(line) as Question;
      if (typeof q.q !== 'string' || !KINDS.includes(q.kind) || (!q.none && !Array.isArray(q.all))) {
        throw new Error(`${file}:${i + 1}: needs "q", a known "kind" and "all" or "none"`);
      }
      return [q];
    });
}

/** The pass rule: off-topic gets no card; otherwise an answer whose text holds one string of every group. */
export function judge(question: Question, reply: ReplyJson): boolean {
  if (question.none) return !reply.matched;
  if (reply.kind !== 'answer') return false;
  const text = reply.text.toLowerCase();
  return (question.all ?? []).every((group) => group.some((s) => text.includes(s.toLowerCase())));
}

/** Runs every question through the real dispatcher and renderer, as the CLI's `ask --json` does. */
export async function scoreQuestions(
  questions: readonly Question[],
  cards: Card[],
  matcher?: (cards: readonly Card[]) => Matcher,
): Promise<Verdict[]> {
  const brain = createBrain({ cards, ...(matcher ? { matcher } : {}) });
  const verdicts: Verdict[] = [];
  for (const question of questions) {
    const reply = renderJson(await dispatch({ text: question.q, surface: 'cli' }, brain));
    verdicts.push({ question, pass: judge(question, reply), reply });
  }
  return verdicts;
}

/** Pass rate per kind, only for kinds the set has. */
export function passRates(verdicts: readonly Verdict[]): Map<QuestionKind, KindScore> {
  const rates = new Map<QuestionKind, KindScore>();
  for (const kind of KINDS) {
    const mine = verdicts.filter((v) => v.question.kind === kind);
    if (mine.length === 0) continue;
    const pass = mine.filter((v) => v.pass).length;
    rates.set(kind, { pass, total: mine.length, rate: pass / mine.length });
  }
  return rates;
}

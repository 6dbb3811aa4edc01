import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { createFuseDefaultMatcher } from '../../src/match/baselines/fuse-default-matcher.ts';
import { createMiniSearchMatcher } from '../../src/match/baselines/minisearch-matcher.ts';
import { passRates, readQuestions, scoreQuestions } from '../../scripts/eval-lib.ts';

const cards = loadCards();
const SETS = ['questions.jsonl', 'dev-questions.jsonl'];

describe.each(SETS)('question set %s', (name) => {
  const questions = readQuestions(fileURLToPath(new URL(name, import.meta.url)));

  it('meets the targets: ≥ 95% per in-scope kind, ≥ 95% of off-topic get no card', async () => {
    const rates = passRates(await scoreQuestions(questions, cards));
    for (const [kind, s] of rates) expect(s.rate, `${kind}: ${s.pass}/${s.total}`).toBeGreaterThanOrEqual(0.95);
  });

  it('beats both baselines in every kind (or ties at 100%)', async () => {
    const mine = passRates(await scoreQuestions(questions, cards));
    for (const baseline of [createFuseDefaultMatcher, createMiniSearchMatcher]) {
      const theirs = passRates(await scoreQuestions(questions, cards, baseline));
      for (const [kind, s] of mine) {
        const other = theirs.get(kind)!.rate;
        const ok = s.rate > other || s.rate === 1;
        expect(ok, `${baseline.name} ${kind}: ${s.rate} vs ${other}`).toBe(true);
      }
    }
  });
});

describe('the question sets', () => {
  it('has at least 150 questions of every kind in our own set', () => {
    const questions = readQuestions(fileURLToPath(new URL('questions.jsonl', import.meta.url)));
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['en', 'typo', 'zh-TW', 'zh-CN', 'mixed', 'slack', 'oos']));
  });
});

import { describe, expect, it } from 'vitest';
import { clusterQuestions, jaccard, normalizeQuestion, questionFeatures, type GroupInput } from '../../src/store/cluster-questions.ts';

const q = (text: string, lang = 'en', topic: string | null = null): GroupInput => ({ text, lang, outcome: topic ? 'outside-notes' : 'no-answer', topic });

describe('questionFeatures', () => {
  it('keeps content words, folds plurals and -ing, drops the words every question has', () => {
    expect([...questionFeatures(normalizeQuestion('How do I mount host folders in Docker?'))].sort()).toEqual(['folder', 'host', 'mount']);
    expect([...questionFeatures(normalizeQuestion('mounting a host folder'))].sort()).toEqual(['folder', 'host', 'mount']);
  });

  it('uses character bigrams for Chinese, which has no spaces', () => {
    expect([...questionFeatures(normalizeQuestion('怎麼掛載資料夾'))]).toEqual(['麼掛', '掛載', '載資', '資料', '料夾']);
  });

  it('ignores Slack markup and punctuation', () => {
    expect(normalizeQuestion('<@U123> How do I *mount* a folder??')).toBe('how do i mount a folder');
  });
});

describe('clusterQuestions', () => {
  const input = [
    q('how do I mount a host folder'),
    q('How do I mount a host folder?'),
    q('mount host folder into a container', 'en', 'bind-mounts'),
    q('how do i mount a host foldr'),
    q('what is docker compose', 'en', 'compose'),
    q('what is docker-compose'),
    q('怎麼掛載資料夾', 'zh-TW'),
    q('如何掛載資料夾', 'zh-TW'),
    q('how to bake a cake'),
  ];

  it('groups wordings of one gap together, with counts, most asked first', () => {
    const groups = clusterQuestions(input);
    expect(groups.map((g) => [g.text, g.count])).toEqual([
      ['how do I mount a host folder', 4],
      ['如何掛載資料夾', 2],
      ['how to bake a cake', 1],
      ['what is docker compose', 1],
      ['what is docker-compose', 1],
    ]);
    expect(groups[0]!.members.map((m) => m.count)).toEqual([2, 1, 1]);
    expect(groups[0]!.topics).toEqual(['bind-mounts']);
  });

  it('is deterministic: the same questions in any order give the same groups', () => {
    const once = clusterQuestions(input);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...input].sort((a, b) => ((a.text.length * seed) % 7) - ((b.text.length * seed) % 7));
      expect(clusterQuestions(shuffled).map((g) => [g.count, g.members.length])).toEqual(once.map((g) => [g.count, g.members.length]));
    }
  });

  it('keeps different questions apart, and the threshold decides', () => {
    const groups = clusterQuestions([q('how do I mount volumes'), q('how do I mount a host folder')]);
    expect(groups).toHaveLength(2);
    expect(jaccard(new Set(['mount', 'volume']), new Set(['mount', 'host', 'folder']))).toBe(0.25);
    expect(clusterQuestions([q('how do I mount volumes'), q('how do I mount a host folder')], 0.2)).toHaveLength(1);
  });

  it('handles nothing, blanks and thousands of questions', () => {
    expect(clusterQuestions([])).toEqual([]);
    expect(clusterQuestions([q('   '), q('???')])).toEqual([]);
    const many = Array.from({ length: 5000 }, (_, i) => q(`question number ${i % 700} about topic ${i % 13} word${i % 97}`));
    const groups = clusterQuestions(many);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(5000);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/match/analyze-text.ts';

describe('analyzeText', () => {
  it('brings English, Traditional and Simplified questions to the same words', () => {
    const en = analyzeText('how do I delete stopped containers?');
    expect(en).toEqual(['remove', 'exited', 'container']);
    expect(analyzeText('怎麼刪除退出的容器')).toEqual(en);
    expect(analyzeText('怎么删除退出的容器')).toEqual(en);
  });
  it('cleans Slack markup first', () => {
    expect(analyzeText('<@U1> *list* `images` :whale:')).toEqual(['list', 'image']);
  });
  it('drops stopwords in both languages but keeps docker', () => {
    expect(analyzeText('what is the docker engine')).toEqual(['define', 'docker', 'engine']);
    expect(analyzeText('請問一下 的 是 嗎')).toEqual([]);
  });
  it('lets the thesaurus outrank the stopword list', () => {
    expect(analyzeText('explain')).toEqual(['define']);
  });
  it('keeps flags and filters', () => {
    expect(analyzeText('ls -aq status=exited')).toEqual(['ls', 'list', '-aq', '-a', 'all', '-q', 'id', 'status=exited']);
  });
  it('returns no words for empty or emoji-only text', () => {
    expect(analyzeText('')).toEqual([]);
    expect(analyzeText('😀 :tada:')).toEqual([]);
  });
});

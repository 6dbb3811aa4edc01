import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { makeCard } from '../helpers.ts';
import { fixtureCards } from './fixture-cards.ts';

const matcher = createMatcher(fixtureCards());
const answer = (text: string) => {
  const r = matcher.match(text);
  return r.kind === 'answer' ? r.cardId : r.kind;
};

describe('createMatcher', () => {
  it('answers English questions worded unlike the cards', () => {
    expect(answer('get rid of stopped containers')).toBe('remove-exited-containers');
    expect(answer('wipe every container')).toBe('remove-all-containers');
    expect(answer('how does docker isolate containers')).toBe('namespaces');
  });
  it('answers typos', () => {
    expect(answer('remoev exted containres')).toBe('remove-exited-containers');
    expect(answer('namepsaces')).toBe('namespaces');
  });
  it('answers Traditional, Simplified and mixed Chinese in the asker\'s language', () => {
    expect(matcher.match('刪除已停止的容器')).toMatchObject({ kind: 'answer', cardId: 'remove-exited-containers', lang: 'zh-TW' });
    expect(matcher.match('查看所有镜像')).toMatchObject({ kind: 'answer', cardId: 'list-images', lang: 'zh-CN' });
    expect(matcher.match('怎麼 list images')).toMatchObject({ kind: 'answer', cardId: 'list-images', lang: 'zh-TW' });
  });
  it('sees through Slack markup', () => {
    expect(answer('<@U123> *how* do I `list` images :whale:')).toBe('list-images');
  });
  it('asks back when two cards fit equally', () => {
    const twins = createMatcher([makeCard(), makeCard({ id: 'twin', file: 'twin.md' })]);
    const r = twins.match('remove exited containers');
    expect(r).toMatchObject({ kind: 'suggestions', lang: 'en' });
    if (r.kind === 'suggestions') expect([...r.cardIds].sort()).toEqual(['remove-exited-containers', 'twin']);
  });
  it('never gives a card for off-topic text', () => {
    for (const text of ['what is the weather tomorrow', 'how to bake a cake', '怎麼煮牛肉麵', 'sort an array in javascript', 'qwertyuiop']) {
      expect(matcher.match(text).kind, text).not.toBe('answer');
    }
    expect(matcher.match('how to bake a cake').kind).toBe('none');
  });
  it('gives none with the asker\'s language for empty or wordless text', () => {
    expect(matcher.match('')).toEqual({ kind: 'none', lang: 'en' });
    expect(matcher.match('的 嗎')).toEqual({ kind: 'none', lang: 'zh-TW' });
  });
  it('works on an empty card list', () => {
    expect(createMatcher([]).match('list images')).toEqual({ kind: 'none', lang: 'en' });
  });
});

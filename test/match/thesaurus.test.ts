import { describe, expect, it } from 'vitest';
import { applyPhrases, expandToken } from '../../src/match/thesaurus.ts';

const canonical = (word: string) => expandToken(word).at(-1);

describe('thesaurus', () => {
  it('folds remove synonyms together', () => {
    for (const w of ['delete', 'rm', 'clean', 'prune', 'deleted']) expect(canonical(w)).toBe('remove');
  });
  it('keeps command words next to their meaning', () => {
    expect(expandToken('rm')).toEqual(['rm', 'remove']);
    expect(expandToken('ls')).toEqual(['ls', 'list']);
  });
  it('folds plurals before looking up', () => {
    expect(expandToken('containers')).toEqual(['container']);
    expect(expandToken('cgroups')).toEqual(['cgroup']);
  });
  it('maps stopped and dead to exited', () => {
    expect(canonical('stopped')).toBe('exited');
    expect(canonical('dead')).toBe('exited');
  });
  it('leaves unknown words as they are', () => {
    expect(expandToken('kubernetes')).toEqual(['kubernete']);
    expect(expandToken('zzz')).toEqual(['zzz']);
  });
  it('replaces English phrases at word edges only', () => {
    expect(applyPhrases('how to get rid of stopped ones')).toContain(' remove ');
    expect(applyPhrases('control groups')).toContain(' cgroup ');
    expect(applyPhrases('forget rid of')).not.toContain('remove');
  });
  it('replaces Chinese synonyms, longest first', () => {
    expect(applyPhrases('映像檔').trim()).toBe('image');
    expect(applyPhrases('鏡像').trim()).toBe('image');
    expect(applyPhrases('命名空間').trim()).toBe('namespace');
    expect(applyPhrases('控制組').trim()).toBe('cgroup');
    expect(applyPhrases('基礎映像').trim()).toBe('baseimage');
  });
  it('does not match a lone Chinese character inside another word', () => {
    expect(applyPhrases('好看的電影')).toBe('好看的電影');
  });
});

import { describe, expect, it } from 'vitest';
import { noAnswerBlocks } from '../../../src/slack/blocks/no-answer-blocks.ts';

describe('noAnswerBlocks', () => {
  it('says it does not know and points at help, never at a card', () => {
    const text = JSON.stringify(noAnswerBlocks({ kind: 'no-answer', lang: 'en' }));
    expect(text).toContain("I don't know that one");
    expect(text).toContain('/docker help');
    expect(text).not.toContain('actions');
  });

  it('speaks Chinese to a Chinese question', () => {
    expect(JSON.stringify(noAnswerBlocks({ kind: 'no-answer', lang: 'zh-TW' }))).toContain('這個我不知道');
  });
});

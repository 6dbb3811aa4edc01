import { describe, expect, it } from 'vitest';
import { suggestionsBlocks } from '../../../src/slack/blocks/suggestions-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';

describe('suggestionsBlocks', () => {
  it('asks "did you mean" with one button per card, carrying language and id', () => {
    const blocks = suggestionsBlocks({
      kind: 'suggestions',
      lang: 'zh-TW',
      score: 0.4,
      suggestions: [{ id: 'namespaces', title: '命名空間' }, { id: 'control-groups', title: 'Control Groups' }],
    });
    expect(JSON.stringify(blocks[0])).toContain('你是指');
    const actions = blocks[1] as { elements: { action_id: string; value: string; text: { text: string } }[] };
    expect(actions.elements.map((e) => [e.action_id, e.value, e.text.text])).toEqual([
      ['suggested_card:0', 'zh-TW|namespaces', '命名空間'],
      ['suggested_card:1', 'zh-TW|control-groups', 'Control Groups'],
    ]);
    expect(slackLimitViolations(blocks)).toEqual([]);
  });

  it('shows no empty actions block when there is nothing to suggest', () => {
    expect(suggestionsBlocks({ kind: 'suggestions', lang: 'en', score: null, suggestions: [] })).toHaveLength(1);
  });
});

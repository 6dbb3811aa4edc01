import { describe, expect, it } from 'vitest';
import { clip, LIMITS, slackLimitViolations, type Block } from '../../../src/slack/blocks/slack-limits.ts';

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const btn = (text: string, action_id: string, value = 'v') => ({ type: 'button' as const, text: { type: 'plain_text' as const, text }, action_id, value });

describe('slackLimitViolations', () => {
  it('accepts a message inside every limit', () => {
    expect(slackLimitViolations([section('x'.repeat(3000)), { type: 'actions', elements: [btn('ok', 'a')] }])).toEqual([]);
  });

  it('finds an over-long or empty section', () => {
    expect(slackLimitViolations([section('x'.repeat(3001))])).toHaveLength(1);
    expect(slackLimitViolations([section('')])).toHaveLength(1);
  });

  it('finds too many blocks, with a larger allowance for App Home', () => {
    const blocks = Array.from({ length: 51 }, () => section('x'));
    expect(slackLimitViolations(blocks)[0]).toMatch(/51 blocks > 50/);
    expect(slackLimitViolations(blocks, LIMITS.homeBlocks)).toEqual([]);
  });

  it('finds long button text, long values and repeated action ids', () => {
    const problems = slackLimitViolations([
      { type: 'actions', elements: [btn('x'.repeat(76), 'a'), btn('ok', 'b', 'v'.repeat(2001))] },
      { type: 'actions', elements: [btn('ok', 'a')] },
    ]);
    expect(problems.join('\n')).toMatch(/button text length 76/);
    expect(problems.join('\n')).toMatch(/button value length 2001/);
    expect(problems.join('\n')).toMatch(/"a" repeats/);
  });

  it('finds an over-long header', () => {
    expect(slackLimitViolations([{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }])).toHaveLength(1);
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text to the limit with an ellipsis', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
    expect(clip('', 3)).toBe('');
  });
});

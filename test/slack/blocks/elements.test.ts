import { describe, expect, it } from 'vitest';
import { button, codeBlock, codeSections, sections } from '../../../src/slack/blocks/elements.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';

describe('elements', () => {
  it('clips button text and values to Slack limits', () => {
    const b = button('x'.repeat(100), 'id', 'v'.repeat(3000));
    expect(b.text.text.length).toBe(75);
    expect(b.value!.length).toBe(2000);
  });

  it('keeps a code block closed even when the text holds fences', () => {
    const block = codeBlock('a ``` b');
    expect(block.startsWith('```')).toBe(true);
    expect(block.slice(3, -3)).not.toContain('```');
  });

  it('spreads long mrkdwn over sections and says when parts are cut', () => {
    const long = Array.from({ length: 500 }, () => 'y'.repeat(99)).join('\n');
    const blocks = sections(long, 5);
    expect(blocks).toHaveLength(5);
    expect(JSON.stringify(blocks.at(-1))).toMatch(/more parts not shown/);
    expect(slackLimitViolations(blocks)).toEqual([]);
  });

  it('keeps every output line when it fits', () => {
    const out = 'a\nb\nc\n';
    expect(codeSections(out, 3)).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '```a\nb\nc```' } }]);
  });
});

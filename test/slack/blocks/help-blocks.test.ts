import { describe, expect, it } from 'vitest';
import { helpBlocks } from '../../../src/slack/blocks/help-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';

describe('helpBlocks', () => {
  it('lists questions, sandbox commands and mentions, with examples to copy', () => {
    const text = JSON.stringify(helpBlocks({ kind: 'help', lang: 'en' }, 12));
    expect(text).toContain('`/docker how do I remove exited containers`');
    expect(text).toContain('`/docker ps -a`');
    expect(text).toContain('@Dockhand');
    expect(text).toContain('12 topics');
  });

  it('is localized and inside limits', () => {
    const blocks = helpBlocks({ kind: 'help', lang: 'zh-CN' }, 3);
    expect(JSON.stringify(blocks)).toContain('3 个主题');
    expect(slackLimitViolations(blocks)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { refusedBlocks } from '../../../src/slack/blocks/refused-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';

describe('refusedBlocks', () => {
  it('shows the command, the reason and a button to the card that teaches it', () => {
    const blocks = refusedBlocks({
      kind: 'refused',
      lang: 'en',
      command: ['rm', '-f', 'web'],
      code: 'NOT_ALLOWED',
      reason: '`rm` changes the sandbox <for everyone>.',
      card: { id: 'remove-containers', title: 'Remove containers' },
    });
    const text = JSON.stringify(blocks);
    expect(text).toContain("I won't run that on the sandbox");
    expect(text).toContain('```docker rm -f web```');
    expect(text).toContain('&lt;for everyone&gt;');
    expect(text).toContain('"value":"en|remove-containers"');
    expect(slackLimitViolations(blocks)).toEqual([]);
  });

  it('works without a command or a card, and with a huge reason', () => {
    const blocks = refusedBlocks({ kind: 'refused', lang: 'zh-TW', command: null, code: 'SHELL_SYNTAX', reason: 'r'.repeat(10_000), card: null });
    expect(blocks).toHaveLength(1);
    expect(slackLimitViolations(blocks)).toEqual([]);
  });
});

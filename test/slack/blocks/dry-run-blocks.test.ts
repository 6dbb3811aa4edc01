import { describe, expect, it } from 'vitest';
import type { DryRunReply } from '../../../src/reply.ts';
import { dryRunBlocks } from '../../../src/slack/blocks/dry-run-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';

const dry: DryRunReply = {
  kind: 'dry-run',
  lang: 'en',
  command: ['docker', 'rm', '$(docker container ls -f "status=exited" -q)'],
  listed: ['docker', 'container', 'ls', '-f', 'status=exited', '-q'],
  output: 'a1b2c3d4e5f6\n0f9e8d7c6b5a\n',
  count: 2,
  card: { id: 'remove-exited-containers', title: 'Remove exited containers' },
};

describe('dryRunBlocks', () => {
  it('says nothing was removed, what would be, and how it was listed', () => {
    const text = JSON.stringify(dryRunBlocks(dry));
    expect(text).toContain('nothing was removed');
    expect(text).toContain('would remove 2');
    expect(text).toContain('a1b2c3d4e5f6');
    expect(text).toContain('docker container ls -f status=exited -q');
    expect(text).toContain('en|remove-exited-containers');
  });

  it('says there is nothing to remove when the listing is empty', () => {
    const blocks = dryRunBlocks({ ...dry, output: '', count: 0, card: null });
    expect(JSON.stringify(blocks)).toContain('there is nothing it would remove');
    expect(blocks).toHaveLength(2);
  });

  it('stays inside limits with thousands of ids', () => {
    const output = Array.from({ length: 20_000 }, (_, i) => i.toString(16).padStart(12, '0')).join('\n');
    expect(slackLimitViolations(dryRunBlocks({ ...dry, output, count: 20_000 }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { DryRunItem } from '../../../src/reply.ts';
import { dryRunBlocks } from '../../../src/slack/blocks/dry-run-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';
import { makeDryRun } from '../../helpers.ts';

describe('dryRunBlocks', () => {
  it('says nothing was removed, what docker would remove and refuse, in its words, and how to list it', () => {
    const text = JSON.stringify(dryRunBlocks(makeDryRun()));
    expect(text).toContain('nothing was removed');
    expect(text).toContain('would remove 2 and refuse 1');
    expect(text).toContain('a1b2c3d4e5f6   web');
    expect(text).toContain('You cannot remove a running container a1b2c3d4e5f6');
    expect(text).toContain('docker container ls -a -q');
    expect(text).toContain('en|remove-all-containers');
  });

  it('says there is nothing to remove when nothing is listed', () => {
    const blocks = dryRunBlocks(makeDryRun({ items: [], total: { removed: 0, refused: 0, kept: 0 }, card: null }));
    expect(JSON.stringify(blocks)).toContain('there is nothing it would remove');
    expect(blocks).toHaveLength(2);
  });

  it('escapes what the engine named, and stays inside limits with many long items', () => {
    const item: DryRunItem = { id: 'a'.repeat(12), name: '<!channel>', image: 'x'.repeat(400), status: 'Up', outcome: 'refused', refusal: 'r'.repeat(2000) };
    const blocks = dryRunBlocks(makeDryRun({ items: Array.from({ length: 30 }, () => item), total: { removed: 0, refused: 20_000, kept: 0 } }));
    expect(slackLimitViolations(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).not.toContain('<!channel>');
  });
});

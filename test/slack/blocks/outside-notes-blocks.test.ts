import { describe, expect, it } from 'vitest';
import type { OutsideNotesReply } from '../../../src/reply.ts';
import { outsideNotesBlocks } from '../../../src/slack/blocks/outside-notes-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';

const reply = (over: Partial<OutsideNotesReply> = {}): OutsideNotesReply => ({
  kind: 'outside-notes',
  lang: 'en',
  score: 0.8,
  topic: { id: 'volumes', title: 'Volumes <and> bind mounts', summary: 'Data that outlives a container.', docs: 'https://docs.docker.com/engine/storage/volumes/' },
  nearest: { id: 'union-file-system', title: 'Union file systems' },
  ...over,
});

describe('outsideNotesBlocks', () => {
  it('says the notes do not cover it, with the one line, the docs link and the nearest card button', () => {
    const blocks = outsideNotesBlocks(reply());
    const json = JSON.stringify(blocks);
    expect(json).toContain("The course notes don't cover this: Volumes &lt;and&gt; bind mounts.");
    expect(json).toContain('Data that outlives a container.');
    expect(json).toContain('<https://docs.docker.com/engine/storage/volumes/|');
    const actions = blocks.find((b) => b.type === 'actions') as { elements: { action_id: string; value: string }[] };
    expect(actions.elements).toMatchObject([{ action_id: 'related_card:0', value: 'en|union-file-system' }]);
    expect(slackLimitViolations(blocks)).toEqual([]);
  });

  it('has no button without a nearest card, and speaks Chinese to a Chinese question', () => {
    const blocks = outsideNotesBlocks(reply({ lang: 'zh-TW', nearest: null }));
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(blocks)).toContain('課程筆記沒有教這個');
  });
});

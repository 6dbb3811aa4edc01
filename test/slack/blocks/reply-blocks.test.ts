import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/reply.ts';
import { replyBlocks } from '../../../src/slack/blocks/reply-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';
import { makeDryRun } from '../../helpers.ts';

const card = { id: 'c', title: 'Card', body: 'Body', commands: [{ cmd: 'docker ps', readOnly: true }], source: 'S', related: [] };
const replies: Reply[] = [
  { kind: 'help', lang: 'en' },
  { kind: 'answer', lang: 'en', card, score: 0 },
  { kind: 'suggestions', lang: 'en', score: 0.5, suggestions: [{ id: 'c', title: 'Card' }] },
  { kind: 'no-answer', lang: 'en' },
  { kind: 'outside-notes', lang: 'en', score: 0.8, topic: { id: 't', title: 'T', summary: 'S', docs: 'https://docs.docker.com/x/' }, nearest: null },
  { kind: 'run', lang: 'en', command: ['ps'], output: 'out' },
  { kind: 'refused', lang: 'en', command: ['rm'], code: 'NOT_ALLOWED', reason: 'no', card: null },
  makeDryRun(),
  { kind: 'error', lang: 'en', command: ['ps'], code: 'SANDBOX_UNREACHABLE', message: 'down' },
];

describe('replyBlocks', () => {
  it('renders every Reply kind as valid, non-empty Block Kit', () => {
    for (const reply of replies) {
      const blocks = replyBlocks(reply, { share: true, sandbox: true, topics: 1 });
      expect(blocks.length, reply.kind).toBeGreaterThan(0);
      expect(slackLimitViolations(blocks), reply.kind).toEqual([]);
    }
  });

  it('passes the share and sandbox options to answers only', () => {
    const ids = (r: Reply, share: boolean) => JSON.stringify(replyBlocks(r, { share, sandbox: true, topics: 1 }));
    expect(ids(replies[1]!, true)).toContain('share_in_channel');
    expect(ids(replies[1]!, false)).not.toContain('share_in_channel');
    expect(ids(replies[5]!, true)).not.toContain('share_in_channel');
  });
});

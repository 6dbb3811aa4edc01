import { describe, expect, it } from 'vitest';
import type { RunReply } from '../../../src/reply.ts';
import { runBlocks } from '../../../src/slack/blocks/run-blocks.ts';
import { slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';

const run = (output: string): RunReply => ({ kind: 'run', lang: 'en', command: ['docker', 'ps', '-a'], output });
const PS = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n0123456789ab   hello     "/hello"  1 hour ago  Exited (0)            web\n';

describe('runBlocks', () => {
  it('shows which command ran and its output as a code block, escaped', () => {
    const blocks = runBlocks(run(PS.replace('web', '<web&co>')));
    expect(JSON.stringify(blocks[0])).toContain('`docker ps -a` on the sandbox');
    const text = (blocks[1] as { text: { text: string } }).text.text;
    expect(text.startsWith('```CONTAINER ID')).toBe(true);
    expect(text).toContain('&lt;web&amp;co&gt;');
    expect(text.endsWith('```')).toBe(true);
  });

  it('adds the leading docker to a command typed without it', () => {
    expect(JSON.stringify(runBlocks({ ...run(PS), command: ['images'] })[0])).toContain('`docker images`');
  });

  it('renders empty output as an empty code block, not an empty section', () => {
    expect(slackLimitViolations(runBlocks(run('')))).toEqual([]);
  });

  it('keeps the largest sandbox output inside Slack limits and counts what it cut', () => {
    const line = `${'f'.repeat(12)}   busybox   "sleep 3600"   2 hours ago   Up 2 hours   ${'n'.repeat(150)}`;
    const huge = Array.from({ length: 5000 }, () => line).join('\n');
    const blocks = runBlocks(run(huge));
    expect(slackLimitViolations(blocks)).toEqual([]);
    expect(blocks).toHaveLength(50);
    const last = JSON.stringify(blocks.at(-1));
    const shown = blocks.slice(1, -1).reduce((n, b) => n + (b as { text: { text: string } }).text.text.split('\n').length, 0);
    expect(last).toContain(`and ${5000 - shown} more lines`);
  });

  it('cuts a single line longer than a section', () => {
    expect(slackLimitViolations(runBlocks(run('x'.repeat(10_000))))).toEqual([]);
  });
});

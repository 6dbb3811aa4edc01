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

describe('runBlocks: next steps and long output', () => {
  const table = [
    'CONTAINER ID   IMAGE              COMMAND            CREATED       STATUS                     PORTS     NAMES',
    'ce555b97fed2   dockhand/busybox   "sleep 100000"     3 hours ago   Up 3 hours                           web',
    'a4b4fd059ab1   dockhand/busybox   "echo \'all good\'"  3 hours ago   Exited (0) 3 hours ago               done-ok',
    '',
  ].join('\n');
  type Menu = { action_id: string; options: { value: string }[] };
  const menus = (blocks: ReturnType<typeof runBlocks>) =>
    blocks.flatMap((b) => (b.type === 'section' && b.accessory?.type === 'overflow' ? [b.accessory as unknown as Menu] : []));

  it('offers logs and inspect for every container of a ps, and top for running ones', () => {
    const found = menus(runBlocks(run(table)));
    expect(found.map((m) => m.options.map((o) => o.value))).toEqual([
      ['docker logs --tail 20 web', 'docker inspect web', 'docker top web'],
      ['docker logs --tail 20 done-ok', 'docker inspect done-ok'],
    ]);
    expect(found.every((m) => m.action_id === 'container_step')).toBe(true);
  });

  it('offers steps for the IDs of ps -q and for container ls, and for no other command', () => {
    expect(menus(runBlocks({ ...run('ce555b97fed2\na4b4fd059ab1\n'), command: ['docker', 'container', 'ls', '-q'] }))).toHaveLength(2);
    expect(menus(runBlocks({ ...run(table), command: ['docker', 'images'] }))).toEqual([]);
  });

  it('offers nothing for a row whose name is not a docker name, and stays in limits with many containers', () => {
    expect(menus(runBlocks(run(table.replace(' web\n', ' <!here>\n'))))).toHaveLength(1);
    // A name shaped like a token is never put into a value a click sends back (and a log records).
    const tokenName = 'ghp_hunter2hunter2hunter2hunter2hunter2';
    const withToken = menus(runBlocks(run(table.replace(' web\n', ` ${tokenName}\n`))));
    expect(withToken).toHaveLength(1);
    expect(JSON.stringify(withToken)).not.toContain('hunter2');
    const rows = Array.from({ length: 60 }, (_, i) => `${i.toString(16).padStart(12, '0')}   busybox   "sh"   1 hour ago   Up 1 hour             c${i}`);
    const blocks = runBlocks(run(['CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES', ...rows].join('\n')));
    expect(slackLimitViolations(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('and 45 more containers');
  });

  it('says where the whole output went when it was uploaded, and fits beside a card', () => {
    const long: RunReply = { ...run('a\nb\n… and 9 more\n'), command: ['docker', 'logs', 'web'], full: Array.from({ length: 11 }, (_, i) => `l${i}`).join('\n') };
    expect(JSON.stringify(runBlocks(long, { file: 'dm' }))).toContain('the whole output (11 lines) is in your messages with Dockhand');
    expect(JSON.stringify(runBlocks(long, { file: 'here' }))).toContain('attached');
    expect(JSON.stringify(runBlocks(long))).not.toContain('whole output');
    expect(runBlocks(run(table), { maxBlocks: 3 }).length).toBeLessThanOrEqual(3);
  });
});

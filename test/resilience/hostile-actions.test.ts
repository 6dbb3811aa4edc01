import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithEngine } from '../engine-context.ts';
import { sendPayload } from '../slack/signed-request.ts';
import { textOf } from './in-process-app.ts';
import { inBatches, startHostileTarget, type HostileTarget } from './hostile-target.ts';
import { buttonPayload } from './slack-shapes.ts';

const SEED = 20240606;
const REFUSED = /I won't run that on the sandbox|does not carry a sandbox command|Dry run: nothing was removed/;
const RUNNING = /running `.*` on the sandbox…/;

/** One answer per click: a command's "running…" placeholder first, then what replaced it. */
function expectOneAnswer(replies: string[], value: string): string {
  expect(replies.length, value).toBeGreaterThanOrEqual(1);
  expect(replies.length, value).toBeLessThanOrEqual(2);
  if (replies.length === 2) expect(replies[0], value).toMatch(RUNNING);
  return replies.at(-1)!;
}

let target: HostileTarget;
let seq = 0;
beforeAll(async () => {
  target = await startHostileTarget();
});
afterAll(() => target.close());

/** Clicks a button with `actionId` and `value`; returns the ack status and every reply to the clicker. */
async function click(actionId: string, value: string): Promise<{ status: number; replies: string[] }> {
  const hook = `click-${++seq}`;
  const { status } = await sendPayload(target.dockhand.events, buttonPayload(actionId, value, `${target.slack.responseUrl}/${hook}`));
  await target.dockhand.app.idle();
  return { status, replies: target.slack.requests.filter((r) => r.path === `/respond/${hook}`).map(textOf) };
}

const WRITES = [
  'rm -f web', 'docker rm -f web', 'stop web', 'kill web', 'restart web', 'pause web', 'rename web web2', 'update --restart=always web',
  'exec web sh', 'run --rm dockhand/busybox', 'create dockhand/busybox', 'start fresh', 'rmi hello-world', 'image prune -af',
  'container prune -f', 'system prune -af', 'volume create x', 'network create x', 'tag hello-world x', 'commit web x',
  'cp web:/etc/passwd /tmp', 'export web', 'save hello-world', 'build .', 'pull busybox', 'login', 'logs -f web',
  'ps; rm -f web', 'ps && docker rm -f web', 'ps | rm -f web', 'ps $(docker rm -f web)', 'ps `docker rm -f web`', 'ps\nrm -f web',
  'docker rm $(docker container ls -f "status=exited" -q)',
];

describe('tampered and unknown interactivity payloads', () => {
  itWithEngine('refuses every "Run on sandbox" value edited into a command that changes things', async () => {
    for (const value of WRITES) {
      const { status, replies } = await click('run_on_sandbox:0', value);
      expect(status, value).toBe(200);
      expect(expectOneAnswer(replies, value), value).toMatch(REFUSED);
    }
  });

  itWithEngine('refuses a tampered run value exactly as the same text typed as /docker', async () => {
    for (const value of ['rm -f web', 'exec web sh', 'system prune -af']) {
      const button = expectOneAnswer((await click('run_on_sandbox:3', value)).replies, value);
      const { hook } = await target.dockhand.command(value);
      const typed = textOf(target.slack.requests.filter((r) => r.path === `/respond/${hook}`).at(-1));
      const reason = (s: string) => /I won't run that on the sandbox: ([^"\\]*)/.exec(s)?.[1];
      expect(reason(button!), value).toBeDefined();
      expect(reason(button!), value).toBe(reason(typed));
    }
  });

  itWithEngine('survives random run values built from shell and docker fragments, with one reply each', async () => {
    const fragment = fc.constantFrom('docker', 'rm', '-f', 'web', 'stop', 'kill', 'prune', '-a', 'exec', 'sh', 'ps', 'images', 'system', 'container',
      'image', 'rmi', '--force', ';', '&&', '|', '$(', ')', '`', '>', '\n', '"', "'", '\\', 'status=exited', '-q', 'logs', '--tail', '99999999');
    const values = fc.sample(fc.array(fragment, { minLength: 1, maxLength: 8 }).map((p) => p.join(' ')), { numRuns: 80, seed: SEED });
    const results = await inBatches(values.map((v) => () => click('run_on_sandbox:1', v)), 10);
    results.forEach(({ status, replies }, i) => {
      expect(status, values[i]).toBe(200);
      expectOneAnswer(replies, values[i]!);
    });
  });

  it('never answers 5xx to unknown action ids or tampered values on the other buttons', async () => {
    const cases: [string, string][] = [
      ['rm_everything', 'rm -f web'], ['run_on_sandbox', 'ps'], ['run_on_sandbox:999999999999', 'ps'], ['run_on_sandbox:-1', 'rm -f web'],
      ['share_in_channel', 'en|../../etc/passwd'], ['share_in_channel', ''], ['share_in_channel', '|'.repeat(2000)],
      ['related_card:0', 'xx|namespaces'], ['suggested_card:0', 'en|'], ['feedback_up', 'en|no-such-card'], ['feedback_down', '\u0000'],
      ['', ''], ['x'.repeat(300), 'y'.repeat(3000)],
    ];
    const results = await inBatches(cases.map(([id, value]) => () => click(id, value)), 20);
    results.forEach(({ status }, i) => {
      expect(status, cases[i]!.join(' / ')).toBeLessThan(500);
      expect(status, cases[i]!.join(' / ')).toBeGreaterThanOrEqual(200);
    });
    await target.stillServing();
  });

  itWithEngine('left the sandbox exactly as it was', async () => {
    await target.sandboxUnchanged();
  });
});

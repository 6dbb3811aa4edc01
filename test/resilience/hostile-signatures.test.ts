import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithEngine } from '../engine-context.ts';
import { form, sendSigned, sign } from '../slack/signed-request.ts';
import { startHostileTarget, type HostileTarget } from './hostile-target.ts';
import { commandFields, eventEnvelope } from './slack-shapes.ts';

const FORM = 'application/x-www-form-urlencoded';

let target: HostileTarget;
beforeAll(async () => {
  target = await startHostileTarget();
});
afterAll(() => target.close());

const now = () => Math.floor(Date.now() / 1000);
const sandboxAudits = () => target.dockhand.logs.lines().filter((l) => l.audit === 'sandbox');

/** A command that would run on the sandbox if it got through. */
const runBody = (hook: string) => form(commandFields('ps -a', `${target.slack.responseUrl}/${hook}`));

async function post(body: string, headers: Record<string, string>): Promise<number> {
  const res = await fetch(target.dockhand.events, { method: 'POST', headers: { 'content-type': FORM, ...headers }, body });
  await res.text();
  return res.status;
}

describe('forged and replayed signatures', () => {
  it('refuses every forgery with 401 and runs nothing', async () => {
    const body = runBody('forged');
    const ts = now();
    const good = sign(body, ts);
    const forgeries: Record<string, Record<string, string>> = {
      'the wrong secret': { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, 'ffffffffffffffffffffffffffffffff') },
      'no signature': { 'x-slack-request-timestamp': String(ts) },
      'no timestamp': { 'x-slack-signature': good },
      'no headers at all': {},
      'a v1 signature': { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': good.replace('v0=', 'v1=') },
      'a truncated signature': { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': good.slice(0, 20) },
      'an upper-cased signature': { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${good.slice(3).toUpperCase()}` },
      'a non-hex signature': { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${'z'.repeat(64)}` },
      'an empty signature': { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': '' },
      'a long signature': { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${'a'.repeat(8_000)}` },
      'a timestamp that is not a number': { 'x-slack-request-timestamp': 'yesterday', 'x-slack-signature': sign(body, Number.NaN) },
      'a signature for another timestamp': { 'x-slack-request-timestamp': String(ts + 1), 'x-slack-signature': good },
    };
    for (const [name, headers] of Object.entries(forgeries)) expect(await post(body, headers), name).toBe(401);
    // Past Node's header limit the HTTP server itself refuses, before Bolt sees anything.
    expect(await post(body, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${'a'.repeat(100_000)}` })).toBe(431);
    await target.dockhand.app.idle();
    expect(target.slack.requests.filter((r) => r.path === '/respond/forged')).toEqual([]);
    expect(sandboxAudits()).toEqual([]);
  });

  it('refuses a signature lifted onto another body', async () => {
    const ts = now();
    const harmless = runBody('lifted-from');
    const swapped = form(commandFields('ps -a --no-trunc', `${target.slack.responseUrl}/lifted-to`));
    expect(await post(swapped, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(harmless, ts) })).toBe(401);
    await target.dockhand.app.idle();
    expect(target.slack.requests.filter((r) => r.path.startsWith('/respond/lifted'))).toEqual([]);
  });

  it('refuses a captured request replayed more than five minutes later', async () => {
    const body = runBody('replayed-late');
    const captured = now() - 5 * 60 - 30;
    expect((await sendSigned(target.dockhand.events, body, { contentType: FORM, timestamp: captured, signature: sign(body, captured) })).status).toBe(401);
    await target.dockhand.app.idle();
    expect(target.slack.requests.filter((r) => r.path === '/respond/replayed-late')).toEqual([]);
    expect(sandboxAudits()).toEqual([]);
  });

  it('answers an event replayed within the window once', async () => {
    const ts = '1700009999.000001';
    const body = JSON.stringify(eventEnvelope({ type: 'app_mention', user: 'U0MALLORY', text: '<@U0DOCKHAND> what are cgroups', channel: 'C0QUIET', ts, event_ts: ts }, 'EvREPLAYED'));
    const stamp = now();
    for (let i = 0; i < 3; i++) {
      expect((await sendSigned(target.dockhand.events, body, { timestamp: stamp, signature: sign(body, stamp) })).status).toBe(200);
    }
    await target.dockhand.app.idle();
    expect(target.slack.requests.filter((r) => r.path === '/api/chat.postMessage' && r.body.thread_ts === ts)).toHaveLength(1);
    await target.stillServing();
  });

  itWithEngine('left the sandbox exactly as it was', async () => {
    await target.sandboxUnchanged();
  });
});

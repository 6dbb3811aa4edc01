import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithEngine } from '../engine-context.ts';
import { form, sendSigned, sign } from '../slack/signed-request.ts';
import { inBatches, startHostileTarget, type HostileTarget } from './hostile-target.ts';
import { buttonPayload, commandFields, eventEnvelope } from './slack-shapes.ts';

const FORM = 'application/x-www-form-urlencoded';
const CONTENT_TYPES = [FORM, 'application/json', `${FORM}; charset=utf-8`, 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml', ''];
// Fixed, so a failure names a body that can be replayed.
const SEED = 20240605;

let target: HostileTarget;
beforeAll(async () => {
  target = await startHostileTarget();
});
afterAll(() => target.close());

type Sent = { body: string; contentType: string; signed: boolean };

async function send({ body, contentType, signed }: Sent): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await sendSigned(target.dockhand.events, body, {
    contentType,
    timestamp,
    signature: signed ? sign(body, timestamp) : sign(body, timestamp, 'ffffffffffffffffffffffffffffffff'),
  });
  return res.status;
}

/** Statuses paired with what was sent, for a readable failure. */
async function sendAll(cases: Sent[]): Promise<{ sent: Sent; status: number }[]> {
  const statuses = await inBatches(cases.map((c) => () => send(c)));
  await target.dockhand.app.idle();
  return cases.map((sent, i) => ({ sent, status: statuses[i]! }));
}

const serverErrors = (results: { sent: Sent; status: number }[]) => results.filter((r) => r.status >= 500);

const anyBody = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.dictionary(fc.string(), fc.string()).map((fields) => form(fields)),
  fc.jsonValue().map((v) => form({ payload: JSON.stringify(v) })),
  fc.constantFrom('null', '[]', '"x"', '0', 'true', 'payload=null', 'payload=%5B%5D', 'payload=', '{', '%', '\u0000', ''),
);

/** A real Slack body with some fields replaced by anything JSON can hold, or removed. */
function mutated(template: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(template);
  return fc
    .record({ replace: fc.dictionary(fc.constantFrom(...keys, 'extra'), fc.jsonValue(), { maxKeys: 3 }), drop: fc.subarray(keys, { maxLength: 2 }) })
    .map(({ replace, drop }) => Object.fromEntries(Object.entries({ ...template, ...replace }).filter(([k]) => !drop.includes(k))));
}

describe('random and malformed bodies', () => {
  it('never get a 5xx, signed or not, with any content type', async () => {
    const cases = fc.sample(fc.record({ body: anyBody, contentType: fc.constantFrom(...CONTENT_TYPES), signed: fc.boolean() }), { numRuns: 200, seed: SEED });
    const results = await sendAll(cases);
    expect(serverErrors(results)).toEqual([]);
    expect(results.filter((r) => !r.sent.signed && r.status === 200 && !r.sent.body.includes('ssl_check'))).toEqual([]);
    await target.stillServing();
  });

  it('never get a 5xx when a signed Slack body has fields replaced or missing', async () => {
    const respond = `${target.slack.responseUrl}/mutant`;
    const event = eventEnvelope({ type: 'app_mention', user: 'U0MALLORY', text: '<@U0DOCKHAND> what are namespaces?', channel: 'C0QUIET', ts: '1.1', event_ts: '1.1' }, 'EvMUTANT');
    const shapes = fc.oneof(
      mutated(commandFields('ps -a', respond)).map((f) => ({ body: form(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))), contentType: FORM })),
      mutated(event).map((e) => ({ body: JSON.stringify(e), contentType: 'application/json' })),
      mutated({ ...eventEnvelope({}, 'EvMUTANT2'), event: undefined }).chain((env) =>
        mutated({ type: 'app_mention', user: 'U0MALLORY', text: 'hi', channel: 'C0QUIET', ts: '1.2' }).map((ev) => ({ body: JSON.stringify({ ...env, event: ev }), contentType: 'application/json' })),
      ),
      mutated(buttonPayload('run_on_sandbox:0', 'docker ps', respond)).map((p) => ({ body: form({ payload: JSON.stringify(p) }), contentType: FORM })),
    );
    const cases = fc.sample(shapes, { numRuns: 200, seed: SEED }).map((c) => ({ ...c, signed: true }));
    const results = await sendAll(cases);
    expect(serverErrors(results)).toEqual([]);
    await target.stillServing();
  });

  it('refuses a signed body whose payload is JSON null (once an uncaught TypeError that killed the process)', async () => {
    for (const [body, contentType] of [['null', 'application/json'], ['payload=null', FORM], ['[1]', 'application/json']] as const) {
      expect(await send({ body, contentType, signed: true })).toBe(400);
    }
    await target.stillServing();
  });

  it('refuses a signed event whose inner event is not an object with 400, not 500', async () => {
    for (const event of [null, 'x', 7, true]) {
      const body = JSON.stringify({ ...eventEnvelope({}, `EvBAD${String(event)}`), event });
      expect(await send({ body, contentType: 'application/json', signed: true })).toBe(400);
    }
  });

  it('refuses huge bodies (5 MB) with 413, signed or not, and runs nothing', async () => {
    const huge = form(commandFields(`what are namespaces ${'x'.repeat(5 * 1024 * 1024)}`, `${target.slack.responseUrl}/huge`));
    for (const signed of [true, false]) {
      expect(await send({ body: huge, contentType: FORM, signed })).toBe(413);
      expect(await send({ body: JSON.stringify({ type: 'event_callback', pad: huge }), contentType: 'application/json', signed })).toBe(413);
    }
    await target.dockhand.app.idle();
    expect(target.slack.requests.filter((r) => r.path === '/respond/huge')).toEqual([]);
    await target.stillServing();
  });

  it('answers a valid command sent with the wrong content type with a 4xx and no reply', async () => {
    const body = form(commandFields('ps -a', `${target.slack.responseUrl}/wrong-type`));
    for (const contentType of CONTENT_TYPES.filter((t) => t !== FORM)) {
      const status = await send({ body, contentType, signed: true });
      expect(status, contentType).toBeGreaterThanOrEqual(400);
      expect(status, contentType).toBeLessThan(500);
    }
    await target.dockhand.app.idle();
    expect(target.slack.requests.filter((r) => r.path === '/respond/wrong-type')).toEqual([]);
  });

  itWithEngine('left the sandbox exactly as it was', async () => {
    await target.sandboxUnchanged();
  });
});

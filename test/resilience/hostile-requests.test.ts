import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileEngine, type HostileEngine } from '../sandbox/hostile-engine.ts';
import { startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { form, rawRequest, sendPayload, sendSigned, sign } from '../slack/signed-request.ts';
import { startInProcessApp, textOf, type InProcessApp } from './in-process-app.ts';
import { buttonPayload, commandFields, eventEnvelope } from './slack-shapes.ts';

/*
 * The review's HTTP attacks on the real Bolt app (HTTP mode, sandbox on the hostile fake engine):
 * malformed request targets (H1), a signed `null` on every spelling of the path (H2), a 600 MB
 * engine reply (H3), partial bodies held open (M4), a replayed command (L5) and odd-typed signed
 * fields (L7). Never a 5xx, never a crash, and the app keeps serving.
 */

let slack: RecordingServer;
let engine: HostileEngine;
let dockhand: InProcessApp;
let port = 0;

beforeAll(async () => {
  slack = await startRecordingServer();
  engine = await startHostileEngine({ lists: 'secrets' });
  dockhand = await startInProcessApp({
    apiBase: slack.url, responseBase: slack.responseUrl, dockerHost: engine.host,
    env: { SANDBOX_RATE_PER_MIN: '10000', SANDBOX_TIMEOUT_MS: '3000' },
  });
  port = dockhand.app.port!;
});
afterAll(async () => {
  await dockhand.app.stop();
  await engine.close();
  await slack.close();
});

/** A raw request on Dockhand's port (for targets fetch would never send): the status, 0 when the connection closed unanswered. */
const raw = (head: string, body = '') => rawRequest(port, head, body, 5000);

async function stillServing(): Promise<void> {
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  const { hook } = await dockhand.command('what are namespaces?');
  expect(textOf(slack.requests.find((r) => r.path === `/respond/${hook}`))).toMatch(/Namespaces/);
}

const serverErrors = () => dockhand.logs.lines().filter((l) => (l.level as number) >= 50);

describe('malformed targets and path spellings', () => {
  it('answers unparseable request targets 400, unauthenticated, with no error-level log (H1)', async () => {
    for (const target of ['//', 'http://[', 'http://a:99999/', '//:0']) {
      for (const method of ['GET', 'POST', 'PUT', 'HEAD']) expect(await raw(`${method} ${target} HTTP/1.1`, method === 'POST' ? '{}' : ''), `${method} ${target}`).toBe(400);
    }
    for (const target of ['/%zz', '///healthz', '/slack/events']) expect(await raw(`GET ${target} HTTP/1.1`)).toBe(404);
    expect(serverErrors()).toEqual([]);
    await stillServing();
  });

  it('refuses a signed null body on every spelling of /slack/events with 400, and the process lives (H2)', async () => {
    for (const target of ['//x/slack/events', '/slack/./events', '/slack/x/../events', 'http://h/slack/events', '/slack/%2e/events', '/slack\\events']) {
      const ts = Math.floor(Date.now() / 1000);
      const head = `POST ${target} HTTP/1.1\r\ncontent-type: application/json\r\nx-slack-request-timestamp: ${ts}\r\nx-slack-signature: ${sign('null', ts)}`;
      expect(await raw(head, 'null'), target).toBe(400);
    }
    await stillServing();
  });

  it('refuses a declared 4 MB body before reading it, on any spelling (M4)', async () => {
    for (const target of ['/slack/events', '//x/slack/events']) {
      expect(await raw(`POST ${target} HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: 4194000`)).toBe(413);
    }
    await stillServing();
  });
});

describe('signed requests', () => {
  it('runs a replayed /docker command once (L5)', async () => {
    const hook = 'replayed-cmd';
    const body = form(commandFields('ps -a', `${slack.responseUrl}/${hook}`));
    const ts = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++) expect((await sendSigned(dockhand.events, body, { contentType: 'application/x-www-form-urlencoded', timestamp: ts, signature: sign(body, ts) })).status).toBe(200);
    await dockhand.app.idle();
    expect(dockhand.logs.lines().filter((l) => l.audit === 'sandbox' && JSON.stringify(l.argv) === '["docker","ps","-a"]').length).toBe(1);
    expect(slack.requests.filter((r) => r.path === `/respond/${hook}`)).toHaveLength(2); // "running…" and the reply
  });

  it('answers odd-typed signed fields instead of throwing after the ack (L7)', async () => {
    const hook = 'twice';
    // `text` sent twice parses as an array.
    const body = `${form(commandFields('ps', `${slack.responseUrl}/${hook}`))}&text=rm`;
    expect((await sendSigned(dockhand.events, body, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    for (const value of [7, { a: 1 }, null]) {
      const payload = buttonPayload('run_on_sandbox:0', 'ps', `${slack.responseUrl}/value`);
      (payload.actions as Array<Record<string, unknown>>)[0]!.value = value;
      expect((await sendPayload(dockhand.events, payload)).status).toBe(200);
    }
    const related = buttonPayload('related_card:0', 'en|namespaces', `${slack.responseUrl}/related`);
    related.container = null;
    expect((await sendPayload(dockhand.events, related)).status).toBe(200);
    const mention = eventEnvelope({ type: 'app_mention', user: 'U0X', text: ['a'], channel: 'C0QUIET', ts: '1.9', event_ts: '1.9' }, 'EvODD');
    expect((await sendSigned(dockhand.events, JSON.stringify(mention))).status).toBe(200);
    await dockhand.app.idle();
    expect(dockhand.logs.lines().filter((l) => l.msg === 'listener failed')).toEqual([]);
    expect(slack.requests.filter((r) => r.path === `/respond/${hook}`).length).toBeGreaterThan(0);
    expect(slack.requests.filter((r) => r.path === '/respond/related').length).toBeGreaterThan(0);
    // Each odd "Run on sandbox" value got an answer (nothing to run), not silence.
    expect(slack.requests.filter((r) => r.path === '/respond/value').length).toBeGreaterThanOrEqual(3);
  });
});

describe('the hostile engine behind HTTP mode', () => {
  it('answers /docker inspect big600 with "more than 8 MB" and keeps serving (H3)', async () => {
    const { hook, status } = await dockhand.command('inspect big600');
    expect(status).toBe(200);
    const replies = slack.requests.filter((r) => r.path === `/respond/${hook}`);
    expect(textOf(replies.at(-1))).toContain('more than 8 MB');
    await stillServing();
  });

  it('never posts a secret of the listed shapes to Slack or the log, typed ones included (H4, L4)', async () => {
    const texts = ['ps -a --no-trunc', 'inspect secrets', 'logs secrets', 'top secrets', 'history --no-trunc secrets', 'info', 'inspect msg500',
      'docker login -u me -p Sup3rSecret-typed', 'docker run -e DB_PASSWORD=Sup3rSecret-mention fixture/busybox'];
    for (const text of texts) await dockhand.command(text);
    await dockhand.mention('docker run -e DB_PASSWORD=Sup3rSecret-mention fixture/busybox');
    const everything = JSON.stringify(slack.requests.map((r) => r.body)) + JSON.stringify(dockhand.logs.lines());
    expect(everything).not.toMatch(/hunter2|dXNlcjpodW50ZXIy|AIzaSy|Sup3rSecret/);
    expect(everything).toContain('DB_PASSWORD=<redacted>');
  });

  it('answered every request above without an error-level log line', () => {
    expect(serverErrors()).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateDockerdUnavailable, startPrivateDockerd, type PrivateDockerd } from '../setup/private-dockerd.ts';
import { startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { startInProcessApp, textOf, type InProcessApp } from './in-process-app.ts';

// An engine of this file's own: stopping the shared one would break every other test.
const why = privateDockerdUnavailable();
const describeWithEngine = why ? describe.skip : describe;

let engine: PrivateDockerd;
let slack: RecordingServer;
let dockhand: InProcessApp;

beforeAll(async () => {
  if (why) return;
  engine = await startPrivateDockerd();
  slack = await startRecordingServer();
  dockhand = await startInProcessApp({
    apiBase: slack.url,
    responseBase: slack.responseUrl,
    dockerHost: engine.host,
    // A frozen engine must turn into a timeout reply well within the test's time.
    env: { SANDBOX_TIMEOUT_MS: '1500', SANDBOX_RATE_PER_MIN: '1000' },
  });
});
afterAll(async () => {
  await dockhand?.app.stop();
  await slack?.close();
  await engine?.stop();
});

/** The reply that replaced the "running…" placeholder. */
async function runReply(text: string): Promise<string> {
  const { hook } = await dockhand.command(text);
  const replies = slack.requests.filter((r) => r.path === `/respond/${hook}`);
  expect(replies[0]!.body.text).toMatch(/^running `docker /);
  expect(replies).toHaveLength(2);
  return textOf(replies[1]);
}

async function homeStatus(user: string): Promise<string> {
  await dockhand.openHome(user);
  return textOf(slack.requests.filter((r) => r.path === '/api/views.publish' && r.body.user_id === user).at(-1));
}

describeWithEngine(`the sandbox engine going away and coming back${why ? ` (skipped: ${why})` : ''}`, () => {
  it('runs commands while the engine is up', async () => {
    expect(await runReply('ps -a')).toContain('CONTAINER ID');
    expect(await homeStatus('U0UP')).toMatch(/Reachable/);
  });

  it('says the sandbox is not reachable while the engine is stopped, and still answers questions', async () => {
    await engine.halt();
    const reply = await runReply('ps -a');
    expect(reply).toContain("The sandbox isn't reachable right now (its socket is not there)");
    expect(reply).not.toContain('CONTAINER ID');
    // The cause is in the log, at warn, with the code and the socket error kept.
    const warned = dockhand.logs.lines().find((l) => l.level === 40 && l.code === 'SANDBOX_UNREACHABLE');
    expect(warned).toMatchObject({ command: ['docker', 'ps', '-a'], cause: { code: 'ENOENT' } });
    const home = await homeStatus('U0DOWN');
    expect(home).toContain("The sandbox isn't reachable right now");
    expect(home).not.toMatch(/Reachable/);
    const { hook } = await dockhand.command('what are namespaces?');
    expect(textOf(slack.requests.find((r) => r.path === `/respond/${hook}`))).toMatch(/Namespaces/);
  });

  it('works again once the engine is back, without restarting Dockhand', async () => {
    await engine.restart();
    expect(await runReply('ps -a')).toContain('CONTAINER ID');
    expect(await runReply('version')).toMatch(/Server:[\s\S]*Engine/);
    expect(await homeStatus('U0BACK')).toMatch(/Reachable/);
  });

  it('answers a run the engine froze in the middle of with a timeout, then recovers when it thaws', async () => {
    engine.pause();
    try {
      const reply = await runReply('ps -a');
      expect(reply).toContain("The sandbox didn't answer within 1.5 s");
    } finally {
      engine.resume();
    }
    expect(await runReply('ps -a')).toContain('CONTAINER ID');
  });

  it('logged every run in the audit log, failures included, and the cause of each failure at warn', () => {
    const lines = dockhand.logs.lines();
    const outcomes = lines.filter((l) => l.audit === 'sandbox').map((l) => l.outcome);
    expect(outcomes).toContain('error');
    expect(outcomes.filter((o) => o === 'run').length).toBeGreaterThanOrEqual(4);
    const failures = lines.filter((l) => l.audit === 'sandbox' && l.outcome === 'error').length;
    const warnings = lines.filter((l) => l.level === 40 && l.sandbox === true).map((l) => l.code);
    expect(warnings).toContain('SANDBOX_TIMEOUT');
    expect(warnings.length).toBeGreaterThanOrEqual(failures);
  });
});

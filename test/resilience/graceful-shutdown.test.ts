import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID, startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { sendCommand, sendSigned, SIGNING_SECRET } from '../slack/signed-request.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import { textOf } from './in-process-app.ts';
import { portClosed, spawnCli, type CliProcess, type Launcher } from './spawn-cli.ts';
import { freePort } from '../setup/free-port.ts';

let tmp: string;
let slack: RecordingServer;
let proxy: FaultProxy | undefined;
let cli: CliProcess | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dh-stop-'));
  slack = await startRecordingServer();
});
afterEach(async () => {
  if (cli && cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
  await proxy?.close();
  proxy = undefined;
});
afterAll(async () => {
  await slack.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function startDockhand(opts: { apiBase?: string; env?: Record<string, string>; launcher?: Launcher } = {}): Promise<number> {
  cli = spawnCli(['start'], {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: `${opts.apiBase ?? slack.url}/api/`,
    SANDBOX_DOCKER_HOST: `unix://${join(tmp, 'no-engine.sock')}`,
    ...opts.env,
  }, opts.launcher);
  return cli.listening();
}

const ask = (port: number, text: string, responseUrl: string) =>
  sendCommand(`http://127.0.0.1:${port}/slack/events`, { command: '/docker', text, user_id: 'U0ALICE', channel_id: 'C0QUIET', response_url: responseUrl });

let seq = 0;
/** An app_mention: its answer goes out through the Web API (chat.postMessage), which the client retries. */
const mention = (port: number, text: string) =>
  sendSigned(`http://127.0.0.1:${port}/slack/events`, JSON.stringify({
    token: 'legacy', team_id: 'T0TEAM', api_app_id: 'A0APP', type: 'event_callback', event_id: `EvStop${Date.now()}${++seq}`, event_time: 1700000000,
    authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }],
    event: { type: 'app_mention', user: 'U0BOB', text: `<@${BOT_USER_ID}> ${text}`, channel: 'C0QUIET', ts: `1700000200.0000${seq}`, event_ts: `1700000200.0000${seq}` },
  }));


const logLines = (out: string) => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: number; msg: string });

describe('SIGTERM to the process the README starts (node dist/cli.js start)', () => {
  it('stops taking requests, finishes the one in flight (its reply delivered), then exits 0', async () => {
    let release!: () => void;
    // Slack's side holds the reply open: the request is still in flight when the signal comes.
    proxy = await startFaultProxy(slack.url, { '/respond/in-flight': [{ until: new Promise<void>((r) => (release = r)) }] });
    const port = await startDockhand();
    expect((await ask(port, 'what are namespaces?', `${proxy.url}/respond/in-flight`)).status).toBe(200);
    await proxy.arrived('/respond/in-flight');
    cli!.child.kill('SIGTERM');
    await portClosed(port);
    expect(cli!.child.exitCode).toBeNull();
    expect(slack.requests.filter((r) => r.path === '/respond/in-flight')).toEqual([]);
    release();
    expect(await cli!.exited).toBe(0);
    const replies = slack.requests.filter((r) => r.path === '/respond/in-flight');
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0])).toMatch(/Namespaces/);
    expect(cli!.stdout()).toContain('Dockhand stopped');
  });

  it('with the Web API slow: the threaded answer still goes out, then exit 0 inside the grace period', async () => {
    let release!: () => void;
    proxy = await startFaultProxy(slack.url, { '/api/chat.postMessage': [{ until: new Promise<void>((r) => (release = r)) }] });
    const port = await startDockhand({ apiBase: proxy.url, env: { SHUTDOWN_GRACE_MS: '20000' } });
    expect((await mention(port, 'what are namespaces?')).status).toBe(200);
    await proxy.arrived('/api/chat.postMessage');
    cli!.child.kill('SIGTERM');
    await portClosed(port);
    // Slack answers slowly, well inside the grace period.
    setTimeout(release, 1000);
    expect(await cli!.exited).toBe(0);
    const posted = slack.requests.filter((r) => r.path === '/api/chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(textOf(posted[0])).toMatch(/Namespaces/);
    const lines = logLines(cli!.stdout());
    expect(lines.map((l) => l.msg)).toContain('Dockhand stopped');
    expect(lines.filter((l) => l.level >= 40 && /grace period/.test(l.msg))).toEqual([]);
  });

  const gaveUp = (out: string) => {
    const stopped = logLines(out).find((l) => /^Dockhand stopped/.test(l.msg));
    expect(stopped).toMatchObject({ level: 40 });
    expect(stopped!.msg).toMatch(/grace period \(SHUTDOWN_GRACE_MS=1500\) ran out with 1 request\(s\) unfinished/);
  };

  it('with the Web API unreachable after the ack: gives up when SHUTDOWN_GRACE_MS runs out, says so, and exits 0', async () => {
    // Every chat.postMessage loses its connection: the Web API client backs off and retries for many minutes.
    proxy = await startFaultProxy(slack.url, { '/api/chat.postMessage': Array.from({ length: 100 }, () => ({ drop: true as const })) });
    const port = await startDockhand({ apiBase: proxy.url, env: { SHUTDOWN_GRACE_MS: '1500' } });
    expect((await mention(port, 'what are namespaces?')).status).toBe(200);
    await proxy.arrived('/api/chat.postMessage');
    cli!.child.kill('SIGTERM');
    expect(await cli!.exited).toBe(0);
    gaveUp(cli!.stdout());
  });

  it('with the Web API unreachable from the start (nothing acked): still exits 0 when SHUTDOWN_GRACE_MS runs out', async () => {
    const port = await startDockhand({ apiBase: `http://127.0.0.1:${await freePort()}`, env: { SHUTDOWN_GRACE_MS: '1500' } });
    // Bolt authorizes an event (auth.test) before acking it; with no Web API that waits on retries.
    const sent = mention(port, 'what are namespaces?').catch(() => null);
    await new Promise((r) => setTimeout(r, 300));
    cli!.child.kill('SIGTERM');
    expect(await cli!.exited).toBe(0);
    await sent;
    gaveUp(cli!.stdout());
  });

  it('exits 0 on SIGINT when nothing is in flight', async () => {
    const port = await startDockhand();
    expect((await ask(port, 'help', `${slack.responseUrl}/before-int`)).status).toBe(200);
    await slack.waitFor((r) => r.path === '/respond/before-int');
    cli!.child.kill('SIGINT');
    expect(await cli!.exited).toBe(0);
    expect(cli!.stderr()).toBe('');
  });
});

describe('SIGTERM to `npm start` (the README\'s first command)', () => {
  it('reaches the app (npm forwards it and the start script execs node), which finishes its work and exits 0', async () => {
    let release!: () => void;
    proxy = await startFaultProxy(slack.url, { '/respond/npm': [{ until: new Promise<void>((r) => (release = r)) }] });
    const port = await startDockhand({ launcher: 'npm' });
    expect((await ask(port, 'what are namespaces?', `${proxy.url}/respond/npm`)).status).toBe(200);
    await proxy.arrived('/respond/npm');
    cli!.child.kill('SIGTERM');
    await portClosed(port);
    // npm waits for the app instead of exiting and orphaning it.
    expect(cli!.child.exitCode).toBeNull();
    release();
    expect(await cli!.exited).toBe(0);
    expect(slack.requests.filter((r) => r.path === '/respond/npm')).toHaveLength(1);
    expect(cli!.stdout()).toContain('Dockhand stopped');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { sendCommand, SIGNING_SECRET } from '../slack/signed-request.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import { textOf } from './in-process-app.ts';
import { portClosed, spawnCli, type CliProcess } from './spawn-cli.ts';

let tmp: string;
let slack: RecordingServer;
let proxy: FaultProxy | undefined;
let cli: CliProcess | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dh-stop-'));
  slack = await startRecordingServer();
});
afterEach(async () => {
  if (cli && cli.child.exitCode === null) cli.child.kill('SIGKILL');
  await proxy?.close();
});
afterAll(async () => {
  await slack.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function startDockhand(): Promise<number> {
  cli = spawnCli(['start'], {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: `${slack.url}/api/`,
    SANDBOX_DOCKER_HOST: `unix://${join(tmp, 'no-engine.sock')}`,
  });
  return cli.listening();
}

const ask = (port: number, text: string, responseUrl: string) =>
  sendCommand(`http://127.0.0.1:${port}/slack/events`, { command: '/docker', text, user_id: 'U0ALICE', channel_id: 'C0QUIET', response_url: responseUrl });

describe('SIGTERM', () => {
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

  it('exits 0 on SIGINT when nothing is in flight', async () => {
    const port = await startDockhand();
    expect((await ask(port, 'help', `${slack.responseUrl}/before-int`)).status).toBe(200);
    await slack.waitFor((r) => r.path === '/respond/before-int');
    cli!.child.kill('SIGINT');
    expect(await cli!.exited).toBe(0);
    expect(cli!.stderr()).toBe('');
  });
});

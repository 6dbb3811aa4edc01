import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import { startInProcessApp, textOf, type InProcessApp } from './in-process-app.ts';

let slack: RecordingServer;
let dockhand: InProcessApp;
let refusing: string;
let failing: FaultProxy;

/** A loopback URL nobody listens on: a port we held and let go. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/respond`;
}

beforeAll(async () => {
  slack = await startRecordingServer();
  refusing = await deadUrl();
  // Slack answers an expired or over-used response_url with an error status.
  failing = await startFaultProxy(slack.url, { '*': [{ status: 404, body: 'expired_url' }] });
  dockhand = await startInProcessApp({ apiBase: slack.url, responseBase: slack.responseUrl });
});
afterAll(async () => {
  await dockhand.app.stop();
  await failing.close();
  await slack.close();
});

const errors = () => dockhand.logs.lines().filter((l) => (l.level as number) >= 50);

describe('an unreachable response_url', () => {
  it('acks, logs the failed reply, and keeps answering', async () => {
    const before = errors().length;
    const lost = await dockhand.command('what are namespaces?', { responseBase: refusing });
    expect(lost.status).toBe(200);
    expect(errors().length).toBeGreaterThan(before);
    expect(JSON.stringify(errors().slice(before))).toMatch(/ECONNREFUSED|connect/);
    const next = await dockhand.command('what are namespaces?');
    expect(textOf(slack.requests.find((r) => r.path === `/respond/${next.hook}`))).toMatch(/Namespaces/);
  });

  it('logs a response_url that answers 404 and keeps answering', async () => {
    const before = errors().length;
    const res = await dockhand.command('help', { responseBase: `${failing.url}/respond` });
    expect(res.status).toBe(200);
    expect(failing.arrivals.some((p) => p.startsWith('/respond/'))).toBe(true);
    expect(errors().length).toBeGreaterThan(before);
    const next = await dockhand.command('what are cgroups');
    expect(slack.requests.filter((r) => r.path === `/respond/${next.hook}`)).toHaveLength(1);
  });
});

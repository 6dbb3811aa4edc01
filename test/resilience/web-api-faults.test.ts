import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { startFaultProxy, type Fault, type FaultProxy } from './fault-proxy.ts';
import { startInProcessApp, textOf, type InProcessApp } from './in-process-app.ts';

const POST = '/api/chat.postMessage';
const PUBLISH = '/api/views.publish';

let slack: RecordingServer;
let proxy: FaultProxy | undefined;
let dockhand: InProcessApp | undefined;

beforeAll(async () => {
  slack = await startRecordingServer();
});
afterEach(async () => {
  await dockhand?.app.stop();
  await proxy?.close();
});
afterAll(() => slack.close());

/** Dockhand whose Web API calls cross a proxy that fails as told; two retries, like a small production policy. */
async function withFaults(faults: Record<string, Fault[]>): Promise<InProcessApp> {
  proxy = await startFaultProxy(slack.url, faults);
  dockhand = await startInProcessApp({ apiBase: proxy.url, responseBase: slack.responseUrl, apiRetries: 2 });
  return dockhand;
}

const threadReplies = (ts: string) => slack.requests.filter((r) => r.path === POST && r.body.thread_ts === ts);

describe('the Web API failing', () => {
  it('delivers a threaded answer exactly once after a 429 with Retry-After and a 500', async () => {
    const app = await withFaults({ [POST]: [{ status: 429, headers: { 'retry-after': '1' } }, { status: 500 }] });
    const { ts, status } = await app.mention('what are namespaces?');
    expect(status).toBe(200);
    expect(proxy!.arrivals.filter((p) => p === POST)).toHaveLength(3);
    const replies = threadReplies(ts);
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0])).toMatch(/Namespaces/);
    expect(app.logs.lines().filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  it('publishes App Home once after two 500s', async () => {
    const app = await withFaults({ [PUBLISH]: [{ status: 500 }, { status: 503 }] });
    await app.openHome('U0HOMER');
    expect(slack.requests.filter((r) => r.path === PUBLISH && r.body.user_id === 'U0HOMER')).toHaveLength(1);
  });

  it('gives up after the retries, logs it, and answers the next mention', async () => {
    const app = await withFaults({ [POST]: [{ status: 500 }, { status: 500 }, { status: 500 }] });
    const lost = await app.mention('what are cgroups');
    expect(lost.status).toBe(200);
    expect(threadReplies(lost.ts)).toEqual([]);
    expect(app.logs.lines().some((l) => (l.level as number) >= 50)).toBe(true);
    const next = await app.mention('what are namespaces?');
    expect(threadReplies(next.ts)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { readConfig } from '../../src/config.ts';
import type { Brain } from '../../src/dispatch.ts';
import { startSlackApp } from '../../src/slack/start-slack-app.ts';
import { fixedMatcher, makeCard } from '../helpers.ts';
import { lineSink } from './line-sink.ts';
import { startRecordingServer, type RecordingServer } from './recording-server.ts';
import { form, sendSigned, SIGNING_SECRET } from './signed-request.ts';

let slack: RecordingServer;
beforeAll(async () => {
  slack = await startRecordingServer();
});
afterAll(() => slack.close());

/** A command handler held open until the test releases it: a sandbox run still in progress. */
function heldCommands() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let started!: () => void;
  const running = new Promise<void>((r) => (started = r));
  return {
    release,
    running,
    handler: {
      async handle() {
        started();
        await released;
        return { kind: 'run' as const, lang: 'en' as const, command: ['docker', 'ps'], output: 'CONTAINER ID' };
      },
    },
  };
}

/** Resolves once the port refuses new connections. */
async function closed(port: number): Promise<void> {
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
    } catch {
      return;
    }
    await new Promise((r) => setImmediate(r));
  }
}

const config = () =>
  readConfig({ SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: `${slack.url}/api/` });

describe('startSlackApp', () => {
  it('listens on a free port when PORT=0 and reports it', async () => {
    const brain: Brain = { cards: createCardStore([makeCard()]), matcher: fixedMatcher({ kind: 'none', lang: 'en' }) };
    const app = await startSlackApp(config(), brain, undefined, { logDestination: lineSink(), apiRetries: 0 });
    expect(app.port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200);
    await app.stop();
    await expect(fetch(`http://127.0.0.1:${app.port}/healthz`)).rejects.toThrow();
  });

  it('stops gracefully: a request acked before stop still gets its reply, then the port closes', async () => {
    const held = heldCommands();
    const brain: Brain = { cards: createCardStore([makeCard()]), matcher: fixedMatcher({ kind: 'none', lang: 'en' }), commands: held.handler };
    const app = await startSlackApp(config(), brain, undefined, { logDestination: lineSink(), apiRetries: 0 });
    const body = form({ command: '/docker', text: 'ps', user_id: 'U1', channel_id: 'C1', response_url: `${slack.responseUrl}/graceful` });
    const ack = await sendSigned(`http://127.0.0.1:${app.port}/slack/events`, body, { contentType: 'application/x-www-form-urlencoded' });
    expect(ack.status).toBe(200);
    await held.running;
    let stopped = false;
    const stopping = app.stop().then(() => (stopped = true));
    await closed(app.port!);
    expect(stopped).toBe(false);
    held.release();
    await stopping;
    const replies = slack.requests.filter((r) => r.path === '/respond/graceful');
    expect(replies.at(-1)!.body.replace_original).toBe(true);
    expect(JSON.stringify(replies.at(-1)!.body.blocks)).toContain('CONTAINER ID');
  });

  it('refuses to start without Slack credentials', async () => {
    const brain: Brain = { cards: createCardStore([makeCard()]), matcher: fixedMatcher({ kind: 'none', lang: 'en' }) };
    await expect(startSlackApp(readConfig({}), brain)).rejects.toThrow(/Slack credentials/);
  });
});

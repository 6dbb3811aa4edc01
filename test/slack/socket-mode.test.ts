import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { createBrain } from '../../src/brain.ts';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/start-slack-app.ts';
import { lineSink } from './line-sink.ts';
import { startRecordingServer, type RecordingServer } from './recording-server.ts';
import { startTinyWebSocketServer, type TinyWebSocketServer } from './tiny-websocket-server.ts';

let slack: RecordingServer | undefined;
let ws: TinyWebSocketServer | undefined;
let app: RunningSlackApp | undefined;

afterAll(async () => {
  await app?.stop();
  await ws?.close();
  await slack?.close();
});

describe('Socket Mode', () => {
  it('connects with the app token, acks a slash command envelope and answers through respond', async () => {
    ws = await startTinyWebSocketServer();
    slack = await startRecordingServer({ '/api/apps.connections.open': { ok: true, url: ws.url } });
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-t', SLACK_APP_TOKEN: 'xapp-1-A0APP-1-x', SLACK_API_URL: `${slack.url}/api/`, PORT: '0' });
    expect(config.mode).toBe('socket');
    const starting = startSlackApp(config, createBrain(), undefined, { logDestination: lineSink(), apiRetries: 0 });
    await ws.connected;
    ws.send({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } });
    app = await starting;
    // No Slack traffic on it: only the probes and metrics.
    expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${app.port}/slack/events`, { method: 'POST' })).status).toBe(404);
    const [open] = await slack.waitFor((r) => r.path === '/api/apps.connections.open');
    expect(open!.headers.authorization).toBe('Bearer xapp-1-A0APP-1-x');

    ws.send({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 't', team_id: 'T0TEAM', channel_id: 'C0SOCK', user_id: 'U0SOCK', command: '/docker', text: 'what are namespaces?',
        api_app_id: 'A0APP', response_url: `${slack.responseUrl}/socket`, trigger_id: 't',
      },
    });
    expect(await ws.next((m) => m.envelope_id === 'env-1')).toMatchObject({ envelope_id: 'env-1' });
    const [reply] = await slack.waitFor((r) => r.path === '/respond/socket');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply!.body.blocks)).toMatch(/Namespaces/);
    const ready = await fetch(`http://127.0.0.1:${app.port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { cards: { ok: true } } });
    const metrics = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
    expect(metrics).toMatch(/^dockhand_requests_total\{surface="slash"\} 1$/m);
  });
});

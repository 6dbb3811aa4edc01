import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineHost } from '../engine-context.ts';
import { describeWithRedis } from '../redis-context.ts';
import { startRedisServer, type RedisServer } from '../setup/redis-server.ts';
import { BOT_USER_ID, startRecordingServer, type Recorded, type RecordingServer } from '../slack/recording-server.ts';
import { sendCommand, sendPayload, sendSigned, SIGNING_SECRET } from '../slack/signed-request.ts';
import { spawnCli, type CliProcess } from './spawn-cli.ts';

/**
 * Two real Dockhand processes, started as the README starts one, sharing one real redis-server:
 * what one replica did, the other must know.
 */
describeWithRedis('two replicas sharing Redis', () => {
  let redis: RedisServer;
  let slack: RecordingServer;
  const replicas: { cli: CliProcess; port: number }[] = [];
  let seq = 0;
  const uid = () => `${Date.now()}${++seq}`;

  beforeAll(async () => {
    redis = await startRedisServer();
    slack = await startRecordingServer();
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: '0',
      SLACK_API_URL: `${slack.url}/api/`,
      REDIS_URL: redis.url,
      SANDBOX_RATE_PER_MIN: '3',
      SANDBOX_DOCKER_HOST: engineHost() ?? 'unix:///nonexistent/dockhand-replicas.sock',
    };
    for (let i = 0; i < 2; i++) {
      const cli = spawnCli(['start'], env);
      replicas.push({ cli, port: await cli.listening() });
    }
  });
  afterAll(async () => {
    for (const { cli } of replicas) {
      cli.child.kill('SIGTERM');
      await cli.exited;
    }
    await slack?.close();
    await redis?.stop();
  });

  const url = (r: number, path: string) => `http://127.0.0.1:${replicas[r]!.port}${path}`;

  async function metric(r: number, line: string): Promise<number> {
    const text = await (await fetch(url(r, '/metrics'))).text();
    const m = new RegExp(`^${line.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text);
    return m ? Number(m[1]) : 0;
  }

  async function eventually(ok: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
    for (const end = Date.now() + ms; !(await ok()); ) {
      if (Date.now() > end) throw new Error('condition not reached');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  function mentionBody(eventId: string, text: string): { body: string; ts: string } {
    const ts = `1700000400.${uid().slice(-6)}`;
    const body = JSON.stringify({
      token: 'legacy', team_id: 'T0TEAM', api_app_id: 'A0APP', type: 'event_callback', event_id: eventId, event_time: 1700000000,
      authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }],
      event: { type: 'app_mention', user: 'U0BOB', text: `<@${BOT_USER_ID}> ${text}`, channel: 'C0REPL', ts, event_ts: ts },
    });
    return { body, ts };
  }
  const deliver = (r: number, body: string, retry = 0) =>
    sendSigned(url(r, '/slack/events'), body, retry ? { headers: { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } } : {});
  const threadReplies = (ts: string) => slack.requests.filter((x) => x.path === '/api/chat.postMessage' && x.body.thread_ts === ts);

  /** Sum over both replicas, once both have handled (or dropped) what they were sent. */
  const handled = async (surface: string) => (await metric(0, `dockhand_requests_total{surface="${surface}"}`)) + (await metric(1, `dockhand_requests_total{surface="${surface}"}`));
  const duplicates = async () => (await metric(0, 'dockhand_duplicate_events_total')) + (await metric(1, 'dockhand_duplicate_events_total'));

  async function command(r: number, text: string, user: string): Promise<Recorded> {
    const hook = `repl-${uid()}`;
    const res = await sendCommand(url(r, '/slack/events'), { command: '/docker', text, user_id: user, channel_id: 'C0REPL', response_url: `${slack.responseUrl}/${hook}` });
    expect(res.status).toBe(200);
    // The final reply, after any "running…" placeholder.
    const [final] = await slack.waitFor((x) => x.path === `/respond/${hook}` && !String(x.body.text ?? '').startsWith('running `'));
    return final!;
  }

  it('/readyz names every dependency of a replica: cards, engine, its database and Redis', async () => {
    const report = await (await fetch(url(1, '/readyz'))).json();
    expect(report.checks.cards).toMatchObject({ ok: true, critical: true });
    expect(report.checks.database).toMatchObject({ ok: true, critical: false, detail: 'SQLite' });
    expect(report.checks.redis).toMatchObject({ ok: true, critical: false });
    expect(report.checks.engine.ok).toBe(engineHost() !== null);
  });

  it('the same event delivered to both replicas (a retry landing on the other) gets one reply', async () => {
    const dupesBefore = await duplicates();
    const { body, ts } = mentionBody(`EvRepl${uid()}`, 'what are namespaces?');
    const [a, b] = await Promise.all([deliver(0, body), deliver(1, body, 1)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await eventually(async () => (await duplicates()) === dupesBefore + 1 && threadReplies(ts).length >= 1);
    expect(threadReplies(ts)).toHaveLength(1);
    expect(JSON.stringify(threadReplies(ts)[0]!.body.blocks)).toMatch(/Namespaces/);
  });

  it("a user's sandbox runs across both replicas are limited as one budget", async () => {
    const replies = [];
    for (const r of [0, 1, 0, 1]) replies.push(await command(r, 'ps', 'U0RATE'));
    const said = replies.map((x) => JSON.stringify(x.body));
    expect(said.slice(0, 3).filter((t) => /which is the limit/.test(t))).toEqual([]);
    expect(said[3]).toMatch(/You have run 3 sandbox commands in the last minute, which is the limit/);
    // Another user still has a budget of their own.
    expect(JSON.stringify((await command(1, 'ps', 'U0OTHER')).body)).not.toMatch(/which is the limit/);
  });

  it("buttons on replica A's message are handled by replica B: everything they need is in their value", async () => {
    const answer = await command(0, 'how do I list running containers', 'U0CLICK');
    type Button = { action_id: string; value?: string };
    const buttons = ((answer.body.blocks ?? []) as { type: string; elements?: Button[] }[]).flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []));
    const pick = (prefix: string) => buttons.find((b) => b.action_id.split(':')[0] === prefix);
    const click = async (button: Button) => {
      const hook = `click-${uid()}`;
      const payload = {
        type: 'block_actions', api_app_id: 'A0APP', token: 'legacy', trigger_id: 't',
        user: { id: 'U0CLICK', username: 'c', name: 'c', team_id: 'T0TEAM' }, team: { id: 'T0TEAM', domain: 'test' }, channel: { id: 'C0REPL', name: 'x' },
        container: { type: 'message', message_ts: '1700000500.000001', channel_id: 'C0REPL', is_ephemeral: true },
        response_url: `${slack.responseUrl}/${hook}`,
        actions: [{ type: 'button', action_id: button.action_id, block_id: 'b', value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1' }],
      };
      expect((await sendPayload(url(1, '/slack/events'), payload)).status).toBe(200);
      return slack.waitFor((x) => x.path === `/respond/${hook}`);
    };
    const run = pick('run_on_sandbox');
    const related = pick('related_card');
    const share = pick('share_in_channel');
    expect(run && related && share).toBeTruthy();
    const [ran] = await click(run!);
    expect(JSON.stringify(ran!.body)).toMatch(/docker (container ls|ps)/);
    const [card] = await click(related!);
    expect(card!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(card!.body.blocks)).not.toMatch(/no longer available/);
    const [shared, removed] = await click(share!).then(async () => slack.waitFor((x) => x.path.startsWith('/respond/click-') && (x.body.response_type === 'in_channel' || x.body.delete_original === true), 2));
    expect(shared!.body.response_type).toBe('in_channel');
    expect(removed!.body.delete_original).toBe(true);
  });

  it('Redis stopped mid-run and restarted: no crash, no lost reply, no double reply outside the outage', async () => {
    const before = mentionBody(`EvBefore${uid()}`, 'what is a layer');
    expect((await deliver(0, before.body)).status).toBe(200);
    await eventually(() => threadReplies(before.ts).length === 1);

    await redis.halt();
    const redisUp = async (r: number) => (await metric(r, 'dockhand_redis_up')) === 1;
    await eventually(async () => !(await redisUp(0)) && !(await redisUp(1)));
    // During the outage: every reply still goes out, from either replica.
    const during = mentionBody(`EvDuring${uid()}`, 'what are namespaces?');
    expect((await deliver(0, during.body)).status).toBe(200);
    await eventually(() => threadReplies(during.ts).length === 1);
    for (const r of [0, 1]) expect(JSON.stringify((await command(r, 'what is a union file system', 'U0OUTAGE')).body)).toMatch(/union/i);
    expect(JSON.stringify((await command(1, 'ps', 'U0OUTAGE')).body)).not.toMatch(/which is the limit/);

    await redis.restart(); // empty: it lost every key
    await eventually(async () => (await redisUp(0)) && (await redisUp(1)));
    await eventually(async () => (await fetch(url(0, '/readyz')).then((r) => r.json())).checks.redis.ok === true);
    const dupesBefore = await duplicates();
    // Retries of events replica A answered before and during the outage now reach replica B: not answered again.
    expect((await deliver(1, before.body, 1)).status).toBe(200);
    expect((await deliver(1, during.body, 1)).status).toBe(200);
    // And a new event delivered to both is answered once, through Redis again.
    const after = mentionBody(`EvAfter${uid()}`, 'what are namespaces?');
    await Promise.all([deliver(0, after.body), deliver(1, after.body, 1)]);
    await eventually(async () => (await duplicates()) === dupesBefore + 3 && threadReplies(after.ts).length === 1);
    expect(threadReplies(before.ts)).toHaveLength(1);
    expect(threadReplies(during.ts)).toHaveLength(1);
    expect(threadReplies(after.ts)).toHaveLength(1);

    for (const { cli } of replicas) {
      expect(cli.child.exitCode).toBeNull();
      const lines = cli.stdout().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(lines.filter((l) => /^Redis is unreachable/.test(l.msg))).toHaveLength(1);
      expect(lines.filter((l) => l.msg === 'Redis is back: replicas share state again')).toHaveLength(1);
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    }
  });
});

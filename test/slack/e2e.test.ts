import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/brain.ts';
import { readConfig } from '../../src/config.ts';
import type { Brain } from '../../src/dispatch.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { readSandboxEnv } from '../../src/sandbox/read-sandbox-env.ts';
import type { Sandbox } from '../../src/sandbox/sandbox.ts';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/start-slack-app.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { lineSink } from './line-sink.ts';
import { BOT_ID, BOT_USER_ID, startRecordingServer, type Recorded, type RecordingServer } from './recording-server.ts';
import { form, sendCommand, sendPayload, sendSigned, sign, SIGNING_SECRET } from './signed-request.ts';

const LISTEN = 'C0LISTEN';
const QUIET = 'C0QUIET';
const CLOSED = 'C0CLOSED';

let slack: RecordingServer;
let app: RunningSlackApp;
let events: string;
let logs: ReturnType<typeof lineSink>;
let seq = 0;
const uid = () => `${Date.now()}${++seq}`;

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: { text: string } }[]; accessory?: unknown };

beforeAll(async () => {
  slack = await startRecordingServer();
  const host = engineHost();
  const sandbox: Sandbox | undefined = host ? createDockerSandbox(readSandboxEnv({ SANDBOX_DOCKER_HOST: host })) : undefined;
  const brain: Brain = createBrain(sandbox ? { sandbox } : {});
  const config = readConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: `${slack.url}/api/`,
    LISTEN_CHANNELS: LISTEN,
    SANDBOX_ALLOWED_CHANNELS: `${LISTEN},${QUIET},D0DM`,
    ...(host ? { SANDBOX_DOCKER_HOST: host } : {}),
  });
  logs = lineSink();
  app = await startSlackApp(config, brain, sandbox, { logDestination: logs, apiRetries: 0 });
  events = `http://127.0.0.1:${app.port}/slack/events`;
});

afterAll(async () => {
  await app?.stop();
  await slack?.close();
});

/** Sends, checks the ack, and waits until the app has finished everything it started. */
async function settled(sent: Promise<{ status: number; text: string }>): Promise<{ status: number; text: string }> {
  const res = await sent;
  await app.idle();
  return res;
}

function command(text: string, channel = QUIET, user = 'U0ALICE') {
  const hook = `cmd-${uid()}`;
  const sent = settled(
    sendCommand(events, {
      token: 'legacy', team_id: 'T0TEAM', team_domain: 'test', channel_id: channel, channel_name: 'x', user_id: user, user_name: 'alice',
      command: '/docker', text, api_app_id: 'A0APP', response_url: `${slack.responseUrl}/${hook}`, trigger_id: 't',
    }),
  );
  return { hook, sent };
}

function event(ev: Record<string, unknown>, eventId = `Ev${uid()}`, headers: Record<string, string> = {}) {
  const body = JSON.stringify({
    token: 'legacy', team_id: 'T0TEAM', api_app_id: 'A0APP', type: 'event_callback', event_id: eventId, event_time: 1700000000,
    authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }], event: ev,
  });
  return settled(sendSigned(events, body, { headers }));
}

type Where = { ephemeral: boolean; channel?: string; ts?: string; threadTs?: string; user?: string; blockId?: string };

function click(actionId: string, value: string, where: Where) {
  return clickWith({ type: 'button', action_id: actionId, block_id: where.blockId ?? 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1' }, where);
}

/** An overflow menu choice; `option` is whatever a client sends as selected_option. */
function choose(option: unknown, where: Where) {
  return clickWith({ type: 'overflow', action_id: 'container_step', block_id: 'b', selected_option: option, action_ts: '1' }, where);
}

function clickWith(action: Record<string, unknown>, where: Where) {
  const hook = `act-${uid()}`;
  const channel = where.channel ?? QUIET;
  const ts = where.ts ?? `1700000001.${uid().slice(-6)}`;
  const payload = {
    type: 'block_actions', api_app_id: 'A0APP', token: 'legacy', trigger_id: 't',
    user: { id: where.user ?? 'U0ALICE', username: 'alice', name: 'alice', team_id: 'T0TEAM' },
    team: { id: 'T0TEAM', domain: 'test' }, channel: { id: channel, name: 'x' },
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: where.ephemeral },
    ...(where.ephemeral ? {} : { message: { type: 'message', ts, user: BOT_USER_ID, text: 'answer', ...(where.threadTs ? { thread_ts: where.threadTs } : {}) } }),
    response_url: `${slack.responseUrl}/${hook}`,
    actions: [action],
  };
  return { hook, sent: settled(sendPayload(events, payload)) };
}

const at = (path: string) => slack.requests.filter((r) => r.path === path);
const posts = (pick: (r: Recorded) => boolean) => at('/api/chat.postMessage').filter(pick);
const blocksOf = (r: Recorded) => (r.body.blocks ?? []) as Block[];
const textOf = (r: Recorded) => JSON.stringify(r.body.blocks ?? r.body.text ?? '');
const buttons = (r: Recorded) => blocksOf(r).flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []));

describe('Slack requests Bolt answers itself', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await sendSigned(events, JSON.stringify({ type: 'url_verification', token: 't', challenge: 'chal-123' }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('chal-123');
  });

  it('answers ssl_check without a signature', async () => {
    const res = await sendSigned(events, form({ ssl_check: '1', token: 't' }), { contentType: 'application/x-www-form-urlencoded', signature: 'v0=nope' });
    expect(res.status).toBe(200);
  });

  it('rejects a bad signature and a six-minute-old timestamp with 401, doing nothing', async () => {
    const before = slack.requests.length;
    const body = form({ command: '/docker', text: 'help', user_id: 'U0EVE', channel_id: QUIET, response_url: `${slack.responseUrl}/evil` });
    const type = 'application/x-www-form-urlencoded';
    expect((await sendSigned(events, body, { contentType: type, signature: sign(body, Math.floor(Date.now() / 1000), 'ffffffffffffffffffffffffffffffff') })).status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await sendSigned(events, body, { contentType: type, timestamp: old, signature: sign(body, old) })).status).toBe(401);
    await app.idle();
    expect(slack.requests.slice(before).filter((r) => r.path.startsWith('/respond'))).toEqual([]);
  });

  it('serves a health check for load balancers', async () => {
    expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200);
  });
});

describe('/docker', () => {
  it('acks at once and answers an English question privately, with Share and feedback buttons', async () => {
    const { hook, sent } = command('what are namespaces?');
    const res = await sent;
    expect(res.status).toBe(200);
    const [reply] = at(`/respond/${hook}`);
    expect(reply!.method).toBe('POST');
    expect(reply!.headers['content-type']).toContain('application/json');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(blocksOf(reply!)[0]!.text!.text).toMatch(/Namespaces/);
    expect(textOf(reply!)).toMatch(/\*pid\*/);
    const ids = buttons(reply!).map((b) => b.action_id);
    expect(ids).toEqual(expect.arrayContaining(['share_in_channel', 'feedback_up', 'feedback_down', 'related_card:0']));
    expect(at(`/respond/${hook}`)).toHaveLength(1);
  });

  it('answers a Chinese question in Chinese', async () => {
    const { hook, sent } = command('什麼是 namespace');
    await sent;
    const [reply] = at(`/respond/${hook}`);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(textOf(reply!)).toContain('隔離');
    expect(textOf(reply!)).toContain('分享到頻道');
  });

  it('lists what Dockhand can do for help and for empty text', async () => {
    for (const text of ['help', '']) {
      const { hook, sent } = command(text);
      await sent;
      const [reply] = at(`/respond/${hook}`);
      expect(textOf(reply!)).toContain('/docker ps -a');
      expect(textOf(reply!)).toContain('/docker how do I remove exited containers');
    }
  });

  it('says it does not know, instead of guessing, for an off-topic question', async () => {
    const { hook, sent } = command("what's the weather in Taipei tomorrow");
    await sent;
    const [reply] = at(`/respond/${hook}`);
    expect(textOf(reply!)).toMatch(/don't know|Did you mean/);
  });

  itWithEngine('runs a sandbox command: a "running…" message, replaced by the real output', async () => {
    const { hook, sent } = command('ps -a');
    await sent;
    const [placeholder, output] = at(`/respond/${hook}`);
    expect(placeholder!.body.response_type).toBe('ephemeral');
    expect(placeholder!.body.text).toBe('running `docker ps -a` on the sandbox…');
    expect(output!.body.replace_original).toBe(true);
    expect(output!.body.response_type).toBe('ephemeral');
    expect(textOf(output!)).toContain('CONTAINER ID');
    expect(textOf(output!)).toContain('web');
    expect(textOf(output!)).toContain('done-ok');
    const audit = logs.lines().filter((l) => l.audit === 'sandbox' && l.user === 'U0ALICE' && l.outcome === 'run');
    expect(audit.at(-1)).toMatchObject({ channel: QUIET, surface: 'slash', argv: ['docker', 'ps', '-a'] });
    expect(typeof audit.at(-1)!.ms).toBe('number');
  });

  itWithEngine('refuses a command that changes things, politely, with the card that teaches it', async () => {
    const { hook, sent } = command('rm -f web');
    await sent;
    const reply = at(`/respond/${hook}`).at(-1)!;
    expect(textOf(reply)).toContain("I won't run that on the sandbox");
    expect(textOf(reply)).toContain('docker rm -f web');
    expect(logs.lines().some((l) => l.audit === 'sandbox' && l.outcome === 'refused' && JSON.stringify(l.argv).includes('rm'))).toBe(true);
  });

  itWithEngine('dry-runs the cleanup idiom from the notes, removing nothing', async () => {
    const { hook, sent } = command('docker rm $(docker container ls -f "status=exited" -q)');
    await sent;
    const reply = at(`/respond/${hook}`).at(-1)!;
    expect(textOf(reply)).toMatch(/Dry run: nothing was removed/);
    expect(textOf(reply)).toContain('docker container ls');
  });

  itWithEngine('refuses the sandbox politely outside the allowed channels, but still answers questions there', async () => {
    const run = command('ps', CLOSED);
    await run.sent;
    expect(at(`/respond/${run.hook}`)).toHaveLength(1);
    expect(at(`/respond/${run.hook}`).map(textOf).join()).toMatch(/not open to you here/);
    expect(at(`/respond/${run.hook}`).map(textOf).join()).not.toContain('CONTAINER ID');
    const ask = command('what are namespaces?', CLOSED);
    await ask.sent;
    expect(textOf(at(`/respond/${ask.hook}`).at(-1)!)).toMatch(/Namespaces/);
  });
});

describe('mentions, DMs and listened channels', () => {
  it('answers a mention in a thread of that message', async () => {
    const ts = `1700000100.${uid().slice(-6)}`;
    await event({ type: 'app_mention', user: 'U0BOB', text: `<@${BOT_USER_ID}> what are namespaces?`, channel: QUIET, ts, event_ts: ts });
    const [post] = posts((r) => r.body.thread_ts === ts);
    expect(post!.body.channel).toBe(QUIET);
    expect(post!.headers.authorization).toBe('Bearer xoxb-test-token');
    expect(textOf(post!)).toMatch(/Namespaces/);
    expect(textOf(post!)).not.toContain('share_in_channel');
  });

  it('answers a DM in a thread, like a mention', async () => {
    const ts = `1700000200.${uid().slice(-6)}`;
    await event({ type: 'message', channel_type: 'im', channel: 'D0DM', user: 'U0BOB', text: 'what are cgroups', ts, event_ts: ts });
    const [post] = posts((r) => r.body.thread_ts === ts);
    expect(post!.body.channel).toBe('D0DM');
    expect(textOf(post!)).toMatch(/[Cc]ontrol [Gg]roups|cgroup/);
  });

  it('answers a confident Docker question in a listened channel, in a thread', async () => {
    const ts = `1700000300.${uid().slice(-6)}`;
    await event({ type: 'message', channel_type: 'channel', channel: LISTEN, user: 'U0BOB', text: 'how does docker isolate containers', ts, event_ts: ts });
    const found = posts((r) => r.body.thread_ts === ts);
    expect(found).toHaveLength(1);
    expect(found[0]!.body.channel).toBe(LISTEN);
  });

  it('stays silent on chatter, on channels it does not listen to, and on edits, joins and bots', async () => {
    const before = at('/api/chat.postMessage').length;
    const base = { type: 'message', channel_type: 'channel', channel: LISTEN, user: 'U0BOB' };
    const cases = [
      { ...base, text: 'lunch?' },
      { ...base, text: 'thanks!' },
      { ...base, text: 'lol' },
      { ...base, channel: QUIET, text: 'how does docker isolate containers' },
      { ...base, subtype: 'message_changed', message: { text: 'what are namespaces?' } },
      { ...base, subtype: 'channel_join', text: '<@U0BOB> has joined the channel' },
      { ...base, subtype: 'bot_message', bot_id: 'B0OTHER', text: 'what are namespaces?' },
      { ...base, user: BOT_USER_ID, bot_id: BOT_ID, text: 'what are namespaces?' },
    ];
    for (const ev of cases) {
      const ts = `1700000400.${uid().slice(-6)}`;
      await event({ ...ev, ts, event_ts: ts });
    }
    expect(at('/api/chat.postMessage').slice(before)).toEqual([]);
  });

  it('answers a message that mentions the bot once, through the mention', async () => {
    const ts = `1700000500.${uid().slice(-6)}`;
    const text = `<@${BOT_USER_ID}> what are namespaces?`;
    await event({ type: 'message', channel_type: 'channel', channel: LISTEN, user: 'U0BOB', text, ts, event_ts: ts });
    await event({ type: 'app_mention', channel: LISTEN, user: 'U0BOB', text, ts, event_ts: ts });
    expect(posts((r) => r.body.thread_ts === ts)).toHaveLength(1);
  });

  it('replies once to an event Slack retries with the same event_id', async () => {
    const ts = `1700000600.${uid().slice(-6)}`;
    const ev = { type: 'app_mention', channel: QUIET, user: 'U0BOB', text: `<@${BOT_USER_ID}> what are cgroups`, ts, event_ts: ts };
    const id = `EvRETRY${uid()}`;
    await event(ev, id);
    await event(ev, id, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await event(ev, id, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    expect(posts((r) => r.body.thread_ts === ts)).toHaveLength(1);
  });
});

describe('buttons', () => {
  it('shares an answer in the channel and removes the private copy', async () => {
    const { hook, sent } = click('share_in_channel', 'en|namespaces', { ephemeral: true, user: 'U0CAROL' });
    await sent;
    const [shared, removed] = at(`/respond/${hook}`);
    expect(shared!.body.response_type).toBe('in_channel');
    expect(shared!.body.replace_original).toBe(false);
    expect(textOf(shared!)).toContain('Shared by <@U0CAROL>');
    expect(textOf(shared!)).not.toContain('share_in_channel');
    expect(removed!.body).toEqual({ delete_original: true });
  });

  it('opens a related card privately under a private answer, in its language', async () => {
    const { hook, sent } = click('related_card:0', 'zh-TW|control-groups', { ephemeral: true });
    await sent;
    const [reply] = at(`/respond/${hook}`);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(reply!.body.replace_original).toBe(false);
    expect(textOf(reply!)).toContain('分享到頻道');
  });

  it('opens a "did you mean" card in the thread of a public answer', async () => {
    const threadTs = `1700000700.${uid().slice(-6)}`;
    const { sent } = click('suggested_card:1', 'en|union-file-system', { ephemeral: false, channel: LISTEN, threadTs });
    await sent;
    const [post] = posts((r) => r.body.thread_ts === threadTs);
    expect(post!.body.channel).toBe(LISTEN);
    expect(textOf(post!)).toMatch(/[Uu]nion/);
  });

  it('answers a tampered card value politely, showing nothing', async () => {
    const { hook, sent } = click('related_card:0', 'en|../../etc/passwd', { ephemeral: true });
    await sent;
    expect(at(`/respond/${hook}`)[0]!.body.text).toMatch(/no longer available/);
  });

  it('thanks a 👍 privately, and answers a 👎 with the modal that asks why', async () => {
    const up = click('feedback_up', 'zh-TW|namespaces', { ephemeral: true, user: 'U0DAVE' });
    await up.sent;
    expect(at(`/respond/${up.hook}`)[0]!.body).toMatchObject({ response_type: 'ephemeral', text: '謝謝你的回饋！' });
    const down = click('feedback_down', 'zh-TW|namespaces', { ephemeral: true, user: 'U0DAVE' });
    await down.sent;
    expect(at(`/respond/${down.hook}`)).toEqual([]);
    const [open] = at('/api/views.open').slice(-1);
    const view = open!.body.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(open!.body.trigger_id).toBe('t');
    expect(view).toMatchObject({ callback_id: 'feedback_reason', private_metadata: 'zh-TW|namespaces' });
    expect(JSON.stringify(view.blocks)).toContain('內容有誤');
  });

  itWithEngine('runs a card command on the sandbox through the same policy', async () => {
    const { hook, sent } = click('run_on_sandbox:0', 'docker container ls -f "status=exited" -q', { ephemeral: true });
    await sent;
    const reply = at(`/respond/${hook}`).at(-1);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(textOf(reply!)).toContain('docker container ls');
    expect(textOf(reply!)).toMatch(/```[0-9a-f]{12}/);
  });

  itWithEngine('refuses a "Run on sandbox" value tampered into rm -f web, and runs nothing', async () => {
    const { hook, sent } = click('run_on_sandbox:0', 'rm -f web', { ephemeral: true });
    await sent;
    const reply = at(`/respond/${hook}`).at(-1)!;
    expect(textOf(reply)).toContain("I won't run that on the sandbox");
    const ps = command('ps -a --filter name=web');
    await ps.sent;
    expect(textOf(at(`/respond/${ps.hook}`).at(-1)!)).toMatch(/Up /);
  });

  it('runs nothing for a "Run on sandbox" value that is not a command', async () => {
    const { hook, sent } = click('run_on_sandbox:0', 'what are namespaces?', { ephemeral: true });
    await sent;
    expect(textOf(at(`/respond/${hook}`)[0]!)).toContain('does not carry a sandbox command');
  });
});

type Menu = { type: string; action_id: string; options: { text: { text: string }; value: string }[] };
const menus = (r: Recorded) => blocksOf(r).flatMap((b) => (b.type === 'section' && (b.accessory as Menu | undefined)?.type === 'overflow' ? [b.accessory as Menu] : []));
const webIsUp = async () => {
  const ps = command('ps -a --filter name=web');
  await ps.sent;
  return /Up /.test(textOf(at(`/respond/${ps.hook}`).at(-1)!));
};

describe('output a learner can act on', () => {
  itWithEngine('a ps reply offers each container its next read-only steps in an overflow menu', async () => {
    const { hook, sent } = command('ps -a');
    await sent;
    const reply = at(`/respond/${hook}`).at(-1)!;
    const byName = new Map(menus(reply).map((m) => [m.options[0]!.value.split(' ').at(-1)!, m.options.map((o) => o.value)]));
    expect(byName.get('web')).toEqual(['docker logs --tail 20 web', 'docker inspect web', 'docker top web']);
    expect(byName.get('done-ok')).toEqual(['docker logs --tail 20 done-ok', 'docker inspect done-ok']);
    expect(menus(reply).every((m) => m.action_id === 'container_step')).toBe(true);
  });

  itWithEngine('a chosen step shows "running…" in place of the private message, then its output there', async () => {
    const { hook, sent } = choose({ text: { type: 'plain_text', text: 'logs' }, value: 'docker logs --tail 20 web' }, { ephemeral: true });
    await sent;
    const [placeholder, output] = at(`/respond/${hook}`);
    expect(placeholder!.body).toMatchObject({ replace_original: true, text: 'running `docker logs --tail 20 web` on the sandbox…' });
    expect(output!.body.replace_original).toBe(true);
    expect(textOf(output!)).toContain('line 50');
  });

  itWithEngine('refuses a tampered step like a typed command, and runs nothing', async () => {
    for (const option of [
      { value: 'docker rm -f web' },
      { value: 'docker logs web; docker rm -f web' },
      { value: 'docker logs $(docker rm -f web)' },
      { value: 'docker inspect ../../containers/web/archive' },
      { value: { nested: 'docker rm -f web' } },
      { value: 42 },
      null,
      'docker rm -f web',
    ]) {
      const { hook, sent } = choose(option, { ephemeral: true });
      expect((await sent).status).toBe(200);
      const replies = at(`/respond/${hook}`);
      expect(replies.length, JSON.stringify(option)).toBeGreaterThan(0);
      expect(replies.map(textOf).join(), JSON.stringify(option)).toMatch(/I won't run that|does not carry a sandbox command|Dry run|No such|not/);
    }
    expect(await webIsUp()).toBe(true);
  });

  itWithEngine('"Run on sandbox" under a private card shows the card with "running…", then the card with the output', async () => {
    const { hook, sent } = click('run_on_sandbox:0', 'docker container ls -a', { ephemeral: true, blockId: 'run|en|list-containers' });
    await sent;
    const [placeholder, output] = at(`/respond/${hook}`);
    expect(placeholder!.body.replace_original).toBe(true);
    expect(placeholder!.body.text).toBe('running `docker container ls -a` on the sandbox…');
    expect(blocksOf(placeholder!)[0]!.type).toBe('header');
    expect(textOf(placeholder!)).toContain('⏳');
    expect(output!.body.replace_original).toBe(true);
    expect(blocksOf(output!)[0]!.type).toBe('header');
    expect(textOf(output!)).toContain('CONTAINER ID');
    expect(textOf(output!)).not.toContain('⏳');
  });

  itWithEngine('"Run on sandbox" under a public answer posts "running…" in the thread, then edits it into the output', async () => {
    const threadTs = `1700001000.${uid().slice(-6)}`;
    const { sent } = click('run_on_sandbox:0', 'docker images', { ephemeral: false, channel: LISTEN, threadTs });
    await sent;
    const [placeholder] = posts((r) => r.body.thread_ts === threadTs);
    expect(placeholder!.body.text).toBe('running `docker images` on the sandbox…');
    const update = at('/api/chat.update').find((r) => r.body.channel === LISTEN && textOf(r).includes('REPOSITORY'));
    expect(update).toBeDefined();
    expect(posts((r) => r.body.thread_ts === threadTs)).toHaveLength(1);
  });

  itWithEngine('output longer than a message: the head inline, the whole of it uploaded as a snippet to the asker\'s DM', async () => {
    const before = slack.requests.length;
    const { hook, sent } = command('logs web --tail 60', QUIET, 'U0GRACE');
    await sent;
    const mine = slack.requests.slice(before);
    const open = mine.find((r) => r.path === '/api/conversations.open');
    expect(open!.body.users).toBe('U0GRACE');
    const asked = mine.find((r) => r.path === '/api/files.getUploadURLExternal')!;
    const upload = mine.find((r) => r.path.startsWith('/upload/'))!;
    const file = upload.body.file as string;
    expect(file.split('\n').filter(Boolean)).toHaveLength(51);
    expect(file).toContain('line 1\n');
    expect(file).toContain('line 50\n');
    expect(Number(asked.body.length)).toBe(Buffer.byteLength(file));
    const done = mine.find((r) => r.path === '/api/files.completeUploadExternal')!;
    expect(done.body.channel_id).toBe('D0GRACE');
    const reply = at(`/respond/${hook}`).at(-1)!;
    expect(textOf(reply)).toContain('… and');
    expect(textOf(reply)).toContain('the whole output (51 lines) is in your messages with Dockhand');
  });

  itWithEngine('a long output in a public thread is uploaded into that thread', async () => {
    const ts = `1700001100.${uid().slice(-6)}`;
    await event({ type: 'app_mention', user: 'U0HEIDI', text: `<@${BOT_USER_ID}> docker logs web --tail 60`, channel: QUIET, ts, event_ts: ts });
    const done = at('/api/files.completeUploadExternal').find((r) => r.body.thread_ts === ts);
    expect(done!.body.channel_id).toBe(QUIET);
    const [post] = posts((r) => r.body.thread_ts === ts);
    expect(textOf(post!)).toContain('attached');
  });
});

describe('App Home', () => {
  it('publishes the topic index, example questions and the sandbox status', async () => {
    await event({ type: 'app_home_opened', user: 'U0ERIN', channel: 'D0HOME', tab: 'home', event_ts: '1700000800.000001' });
    const [publish] = at('/api/views.publish').filter((r) => r.body.user_id === 'U0ERIN');
    const view = publish!.body.view as { type: string; blocks: Block[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Docker architecture');
    expect(text).toMatch(/Namespaces/);
    expect(text).toContain('/docker ');
    expect(text).toMatch(engineHost() ? /Reachable[\s\S]*Docker Engine \d+\.\d+[\s\S]*\d+ containers/ : /No sandbox is configured/);
  });

  it('ignores the Messages tab', async () => {
    await event({ type: 'app_home_opened', user: 'U0FRANK', channel: 'D0HOME', tab: 'messages', event_ts: '1700000900.000001' });
    expect(at('/api/views.publish').filter((r) => r.body.user_id === 'U0FRANK')).toEqual([]);
  });
});

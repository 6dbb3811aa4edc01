import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from '../setup/private-postgres.ts';
import { BOT_USER_ID, startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { sendCommand, sendSigned, SIGNING_SECRET } from '../slack/signed-request.ts';
import { spawnCli, type CliProcess } from './spawn-cli.ts';

// A cluster of this file's own: stopping the shared one would break every other store test.
const why = privatePostgresUnavailable();

let cluster: PrivatePostgres;
let slack: RecordingServer;
let dockhand: CliProcess;
let events: string;
let seq = 0;

async function questionsStored(): Promise<string[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    return (await client.query('SELECT text FROM questions ORDER BY id')).rows.map((r: { text: string }) => r.text);
  } finally {
    await client.end();
  }
}

/** Polls `probe` (which may fail while the table or the server is not there yet) until `done`. */
async function until<T>(probe: () => Promise<T>, done: (v: T) => boolean, seconds: number): Promise<T | undefined> {
  let last: T | undefined;
  for (let i = 0; i < seconds * 10; i++) {
    last = await probe().catch(() => last);
    if (last !== undefined && done(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

async function ask(text: string, user = 'U0ALICE'): Promise<string> {
  const hook = `down-${++seq}`;
  const res = await sendCommand(events, {
    token: 'legacy', team_id: 'T0TEAM', channel_id: 'C0CLASS', user_id: user, user_name: 'x', command: '/docker', text,
    api_app_id: 'A0APP', response_url: `${slack.responseUrl}/${hook}`, trigger_id: 't',
  });
  expect(res.status).toBe(200);
  const [reply] = await slack.waitFor((r) => r.path === `/respond/${hook}`);
  return JSON.stringify(reply!.body);
}

beforeAll(async () => {
  if (why) return;
  cluster = await startPrivatePostgres();
  slack = await startRecordingServer();
  // As the README says to run it: the CLI, configured by the environment.
  dockhand = spawnCli(['start'], {
    SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: `${slack.url}/api/`,
    SANDBOX_DOCKER_HOST: 'unix:///nonexistent/docker.sock', DATABASE_URL: cluster.url, INSTRUCTOR_USERS: 'U0TEACH',
  });
  events = `http://127.0.0.1:${await dockhand.listening()}/slack/events`;
});

afterAll(async () => {
  if (dockhand) {
    dockhand.child.kill('SIGTERM');
    await dockhand.exited;
  }
  await slack?.close();
  cluster?.stop();
});

describe.skipIf(why !== null)(`PostgreSQL going away and coming back${why ? ` (SKIPPED: ${why})` : ''}`, () => {
  it('records while the database is up', async () => {
    expect(await ask('what are namespaces?')).toMatch(/Namespaces/);
    expect(await until(questionsStored, (q) => q.length === 1, 10)).toEqual(['what are namespaces?']);
  });

  it('still answers every question while the database is down, and tells the instructor', async () => {
    expect(dockhand.child.exitCode, dockhand.stderr()).toBe(null);
    cluster.halt();
    for (const q of ['what are cgroups', 'how to bake a cake', 'what is a union file system']) expect(await ask(q)).not.toBe('');
    await sendSigned(events, JSON.stringify({
      token: 'legacy', team_id: 'T0TEAM', api_app_id: 'A0APP', type: 'event_callback', event_id: 'EvDownHome', event_time: 1700000000,
      authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }], event: { type: 'app_home_opened', user: 'U0TEACH', channel: 'D0HOME', tab: 'home', event_ts: '1.1' },
    }));
    const [home] = await slack.waitFor((r) => r.path === '/api/views.publish' && r.body.user_id === 'U0TEACH');
    expect(JSON.stringify(home!.body.view)).toContain("The history isn't reachable right now");
    const warnings = dockhand.stdout().split('\n').filter((l) => l.includes('store: could not write'));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    // The log says the database is down; it never carries what was asked, or by whom.
    expect(dockhand.stdout()).not.toMatch(/bake a cake|U0ALICE/);
  });

  it('writes what it kept once the database is back, without a restart', async () => {
    cluster.start();
    const stored = await until(questionsStored, (q) => q.length === 4, 40);
    expect(stored).toEqual(['what are namespaces?', 'what are cgroups', 'how to bake a cake', 'what is a union file system']);
    expect(dockhand.stdout()).toContain('the database is back');
    expect(dockhand.child.exitCode).toBe(null);
  });

  it('stops gracefully on SIGTERM, writing what is queued', async () => {
    await ask('what is docker history', 'U0BOB');
    dockhand.child.kill('SIGTERM');
    expect(await dockhand.exited).toBe(0);
    expect((await questionsStored()).at(-1)).toBe('what is docker history');
  });
});

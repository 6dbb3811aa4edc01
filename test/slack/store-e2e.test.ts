import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/brain.ts';
import { readConfig } from '../../src/config.ts';
import { dispatch, type Brain } from '../../src/dispatch.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { readSandboxEnv } from '../../src/sandbox/read-sandbox-env.ts';
import { openStore } from '../../src/store/open-store.ts';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/start-slack-app.ts';
import { engineHost } from '../engine-context.ts';
import { backends, type TestDatabase } from '../store/backends.ts';
import { SECRET_SHAPES } from '../store/secret-shapes.ts';
import { lineSink } from './line-sink.ts';
import { BOT_USER_ID, startRecordingServer, type RecordingServer } from './recording-server.ts';
import { sendCommand, sendPayload, sendSigned } from './signed-request.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHANNEL = 'C0CLASS';
const TEACHER = 'U0TEACH';
const LEARNERS = ['U0ALICE', 'U0BOB', 'U0CAROL'];

const QUESTIONS = ['what are namespaces?', 'what are namespaces?', '什麼是 namespace', 'how to bake a cake', 'How to bake a cake?', "what's the weather in Taipei tomorrow"];
const COMMANDS = ['ps -a', 'rm -f web', 'docker rm -f web', 'run -it centos', 'docker run -ti centos bash', 'run -i -t --name x centos', 'login -u me -p hunter2-SHORTP'];

type Block = { type: string; text?: { text: string } };

for (const backend of backends()) {
  const skip = !engineHost() || backend.unavailable !== null;
  describe.skipIf(skip)(`recording over signed HTTP on ${backend.name}${skip ? ` (SKIPPED: ${backend.unavailable ?? 'no Docker Engine'})` : ''}`, () => {
    let db: TestDatabase;
    let slack: RecordingServer;
    let app: RunningSlackApp;
    let brain: Brain;
    let events: string;
    let seq = 0;

    beforeAll(async () => {
      db = await backend.create();
      slack = await startRecordingServer();
      const sandbox = createDockerSandbox(readSandboxEnv({ SANDBOX_DOCKER_HOST: engineHost()! }));
      brain = createBrain({ sandbox });
      const config = readConfig({
        SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef', PORT: '0',
        SLACK_API_URL: `${slack.url}/api/`, SANDBOX_DOCKER_HOST: engineHost()!, INSTRUCTOR_USERS: TEACHER, ...db.env,
      });
      // As `npm start` wires it (src/app.ts): the configured store, handed to the Slack app.
      app = await startSlackApp(config, brain, sandbox, { store: openStore(config.store), logDestination: lineSink(), apiRetries: 0 });
      events = `http://127.0.0.1:${app.port}/slack/events`;
    });

    afterAll(async () => {
      await app?.stop();
      await slack?.close();
      await db?.cleanup();
    });

    const send = async (sent: Promise<{ status: number; text: string }>) => {
      const res = await sent;
      await app.idle();
      expect(res.status).toBe(200);
      return res;
    };
    const slash = (text: string, user: string) =>
      send(sendCommand(events, {
        token: 'legacy', team_id: 'T0TEAM', channel_id: CHANNEL, user_id: user, user_name: 'x', command: '/docker', text,
        api_app_id: 'A0APP', response_url: `${slack.responseUrl}/e2e-${++seq}`, trigger_id: 't',
      }));
    const vote = (actionId: string, user: string) =>
      send(sendPayload(events, {
        type: 'block_actions', api_app_id: 'A0APP', token: 'legacy', trigger_id: `trig-${++seq}`, user: { id: user, name: 'x', team_id: 'T0TEAM' },
        team: { id: 'T0TEAM' }, channel: { id: CHANNEL }, container: { type: 'message', message_ts: '1.1', channel_id: CHANNEL, is_ephemeral: true },
        response_url: `${slack.responseUrl}/vote-${seq}`, actions: [{ type: 'button', action_id: actionId, block_id: 'b', value: 'en|namespaces', action_ts: '1' }],
      }));
    const modal = (type: 'view_submission' | 'view_closed', user: string, values: Record<string, unknown>) =>
      send(sendPayload(events, {
        type, api_app_id: 'A0APP', token: 'legacy', user: { id: user, name: 'x', team_id: 'T0TEAM' }, team: { id: 'T0TEAM' },
        view: { id: `V${++seq}`, type: 'modal', callback_id: 'feedback_reason', private_metadata: 'en|namespaces', state: { values }, hash: 'h' },
        ...(type === 'view_closed' ? { is_cleared: false } : { trigger_id: 't' }),
      }));
    const home = async (user: string) => {
      await send(sendSigned(events, JSON.stringify({
        token: 'legacy', team_id: 'T0TEAM', api_app_id: 'A0APP', type: 'event_callback', event_id: `EvHome${++seq}`, event_time: 1700000000,
        authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }], event: { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1.1' },
      })));
      const publish = slack.requests.filter((r) => r.path === '/api/views.publish' && r.body.user_id === user).at(-1)!;
      return JSON.stringify((publish.body.view as { blocks: Block[] }).blocks);
    };

    it('records questions, votes with reasons, sandbox runs and refusals, and shows them to instructors only', async () => {
      for (const [i, q] of QUESTIONS.entries()) await slash(q, LEARNERS[i % 3]!);
      for (const s of SECRET_SHAPES) await slash(s.text, 'U0ALICE');
      for (const [i, c] of COMMANDS.entries()) await slash(c, LEARNERS[i % 3]!);
      await vote('feedback_up', 'U0ALICE');
      await vote('feedback_down', 'U0BOB');
      const submitted = await modal('view_submission', 'U0BOB', {
        reason: { reason_choice: { type: 'radio_buttons', selected_option: { value: 'wrong-facts' } } },
        comment: { comment_text: { type: 'plain_text_input', value: 'ipc is missing; my PGPASS=hunter2-PGPASS' } },
      });
      expect(JSON.parse(submitted.text)).toMatchObject({ response_action: 'update', view: { callback_id: 'feedback_thanks' } });
      await vote('feedback_down', 'U0CAROL');
      await modal('view_closed', 'U0CAROL', {});
      expect(slack.requests.filter((r) => r.path === '/api/views.open')).toHaveLength(2);

      // What the learners were told decides what counts: answered questions, and commands (some secret shapes are commands).
      const asked = [...QUESTIONS, ...SECRET_SHAPES.map((s) => s.text)];
      const kinds = await Promise.all(asked.map(async (text) => (await dispatch({ text, surface: 'slash' }, brain)).kind));
      const answered = kinds.filter((k) => k === 'answer').length;
      const questions = kinds.filter((k) => ['answer', 'suggestions', 'no-answer', 'outside-notes'].includes(k)).length;
      const secretCommands = kinds.length - questions;
      expect(answered).toBeGreaterThanOrEqual(3);

      const teacher = await home(TEACHER);
      expect(teacher).toContain('Instructor');
      expect(teacher).toContain(`*${questions} questions* in the last 7 days · ${answered} answered with a card`);
      expect(teacher).toMatch(/\*2×\* how to bake a cake|\*2×\* How to bake a cake\?/);
      expect(teacher).toContain('`namespaces` 👍 1 👎 2 — wrong facts 1');
      expect(teacher).toContain('ipc is missing');
      expect(teacher).toContain('*2×* `docker container run -i -t`');
      expect(teacher).toContain('*1×* `docker container run --name -i -t`');
      expect(teacher).toContain('*2×* `docker container rm -f`');
      const learner = await home('U0ALICE');
      expect(learner).not.toContain('Instructor');
      expect(learner).not.toContain('bake');

      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'report', '--json', '--since', '1d'], {
        cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...db.env },
      });
      expect(cli.stderr).toBe('');
      const report = JSON.parse(cli.stdout);
      expect(Object.keys(report)).toEqual(['since', 'questions', 'answered', 'unanswered', 'feedback', 'refused', 'languages']);
      expect(report).toMatchObject({ questions, answered });
      expect(report.unanswered).toEqual(expect.arrayContaining([{ text: expect.stringMatching(/bake a cake/i), count: 2 }]));
      expect(report.feedback).toEqual([
        { card: 'namespaces', up: 1, down: 2, reasons: [{ reason: 'wrong-facts', count: 1, comments: ['ipc is missing; my PGPASS=<redacted>'] }] },
      ]);
      expect(report.refused).toEqual(expect.arrayContaining([
        { signature: 'docker container run --name -i -t', count: 1 },
        { signature: 'docker container run -i -t', count: 2 },
        { signature: 'docker container rm -f', count: 2 },
        { signature: 'docker login -p -u', count: 2 },
      ]));
      expect(report.languages['zh-TW']).toBe(1);
      expect(Object.values(report.languages as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(questions);

      const dump = await db.dump();
      expect(dump.questions).toHaveLength(questions);
      expect(dump.sandbox_runs).toHaveLength(COMMANDS.length + secretCommands);
      expect(dump.sandbox_runs!.filter((r) => r.outcome === 'run').map((r) => r.argv)).toEqual(['["docker","ps","-a"]']);
      expect(dump.feedback).toHaveLength(3);
    });

    it('keeps no raw user id and no secret anywhere in the database', async () => {
      await app.history!.flush();
      const everything = await db.everything();
      for (const id of [...LEARNERS, TEACHER]) expect(everything).not.toContain(id);
      for (const { name, secret } of SECRET_SHAPES) expect(everything, name).not.toContain(secret);
      expect(everything).not.toContain('hunter2');
      expect(everything).toContain('<redacted>');
    });
  });
}

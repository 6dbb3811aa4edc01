import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { sendCommand, SIGNING_SECRET } from '../slack/signed-request.ts';
import { spawnCli, type CliProcess } from './spawn-cli.ts';
import { textOf } from './in-process-app.ts';

const KNOWLEDGE = new URL('../../knowledge/', import.meta.url);

let tmp: string;
let slack: RecordingServer;
let running: CliProcess | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dh-kb-'));
  slack = await startRecordingServer();
});
afterAll(async () => {
  running?.child.kill('SIGKILL');
  await slack.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A private copy of the bundled cards that a test may break. */
function copyKnowledge(name: string): string {
  const dir = join(tmp, name);
  cpSync(KNOWLEDGE, dir, { recursive: true });
  return dir;
}

const env = (knowledgeDir: string) => ({
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  PORT: '0',
  SLACK_API_URL: `${slack.url}/api/`,
  KNOWLEDGE_DIR: knowledgeDir,
  // Never the machine's engine: nothing here runs a docker command.
  SANDBOX_DOCKER_HOST: `unix://${join(tmp, 'no-engine.sock')}`,
});

async function refusal(knowledgeDir: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const cli = spawnCli(['start'], env(knowledgeDir));
  const code = await cli.exited;
  return { code, stderr: cli.stderr(), stdout: cli.stdout() };
}

const BREAKAGES: [string, (card: string) => string][] = [
  ['emptied', () => ''],
  ['YAML broken', (card) => card.replace('keywords:\n  en: [', 'keywords:\n  en: [[')],
  ['a required field gone', (card) => card.replace(/^title:\n(  .*\n)+/m, '')],
  ['a related id pointing nowhere', (card) => card.replace('related: [control-groups', 'related: [no-such-card')],
];

describe('a knowledge card broken on disk', () => {
  it('leaves a running Dockhand answering from the cards it loaded', async () => {
    const dir = copyKnowledge('live');
    running = spawnCli(['start'], env(dir));
    const port = await running.listening();
    writeFileSync(join(dir, 'namespaces.md'), 'not a card any more');
    const hook = 'after-break';
    const res = await sendCommand(`http://127.0.0.1:${port}/slack/events`, {
      command: '/docker', text: 'what are namespaces?', user_id: 'U0ALICE', channel_id: 'C0QUIET', response_url: `${slack.responseUrl}/${hook}`,
    });
    expect(res.status).toBe(200);
    const [reply] = await slack.waitFor((r) => r.path === `/respond/${hook}`);
    expect(textOf(reply)).toMatch(/Namespaces/);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it.each(BREAKAGES)('stops start-up naming the file when a card is %s', async (name, breakIt) => {
    const dir = copyKnowledge(name.replace(/\W+/g, '-'));
    const file = join(dir, 'namespaces.md');
    writeFileSync(file, breakIt(readFileSync(file, 'utf8')));
    const { code, stderr, stdout } = await refusal(dir);
    expect(code).toBe(1);
    expect(stderr).toContain('namespaces.md');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).not.toContain('Dockhand is listening');
  });

  it('stops start-up naming KNOWLEDGE_DIR when it is not a directory', async () => {
    const { code, stderr } = await refusal(join(tmp, 'missing'));
    expect(code).toBe(1);
    expect(stderr).toContain('KNOWLEDGE_DIR');
    expect(stderr).toContain(join(tmp, 'missing').split('/').at(-1));
  });
});

describe('a saved matcher model trained from other knowledge', () => {
  it('is noticed at start-up: Dockhand trains in memory, answers, and says to run npm run train', { timeout: 180_000 }, async () => {
    const dir = copyKnowledge('stale-model');
    // Fewer examples than the bundled model was trained on: the model is stale, and training is quick.
    const keep = new Set(['namespaces.jsonl', 'outside.jsonl', 'chatter.jsonl']);
    for (const f of readdirSync(join(dir, 'examples'))) if (!keep.has(f)) rmSync(join(dir, 'examples', f));
    const cli = spawnCli(['ask', 'what is a namespace'], { KNOWLEDGE_DIR: dir, SANDBOX_DOCKER_HOST: `unix://${join(tmp, 'no-engine.sock')}` });
    expect(await cli.exited).toBe(0);
    expect(cli.stdout()).toMatch(/Namespaces/);
    expect(cli.stderr()).toMatch(/trained at start-up: run `npm run train` and commit knowledge\/matcher-model\.json/);
  });
});

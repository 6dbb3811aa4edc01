import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { FIXTURE } from '../setup/build-fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real CLI in a child process, as a newcomer or the evaluation runs it. */
function cli(args: string[], input?: string, sandbox = 'unix:///nonexistent/docker.sock') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    // No Slack and no reachable sandbox: the CLI must still answer questions.
    env: { PATH: process.env.PATH, SANDBOX_DOCKER_HOST: sandbox, SANDBOX_TIMEOUT_MS: '1000' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('dockhand CLI', () => {
  it('kb check passes on the real cards and counts them', () => {
    const r = cli(['kb', 'check']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok: \d+ cards, \d+ commands/);
  });

  it('kb check names the file and field of a broken card, with no stack trace', () => {
    const r = cli(['kb', 'check', 'test/fixtures/cli/broken']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad-related.md: related.0: no other card has id "no-such-card"');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('ask --json prints one JSON object with the contract fields', () => {
    const r = cli(['ask', '--json', 'how do I remove exited containers']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ kind: 'answer', matched: true, lang: 'en', command: null, output: null, suggestions: [] });
    expect(json.text).toContain('status=exited');
  });

  it('ask --jsonl answers one line per input line, in each asker language', () => {
    const r = cli(['ask', '--jsonl'], 'what are namespaces\n什麼是 namespace\n\nhow to bake a cake\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).toEqual(['answer', 'answer', 'help', 'no-answer']);
    expect(lines.map((l) => l.lang)).toEqual(['en', 'zh-TW', 'en', 'en']);
  });

  it('ask prints the reply as a person reads it', () => {
    const r = cli(['ask', 'what', 'are', 'namespaces']);
    expect(r.out).toMatch(/pid/);
    expect(r.out.trim().startsWith('{')).toBe(false);
  });

  it('rejects an unknown command with usage and exit 2', () => {
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: dockhand');
  });

  it('says the sandbox is not reachable when there is no engine, and still exits 0', () => {
    const json = JSON.parse(cli(['ask', '--json', 'ps']).out);
    expect(json).toMatchObject({ kind: 'error', matched: false, command: ['docker', 'ps'] });
    expect(json.text).toMatch(/isn't reachable/);
  });

  itWithEngine('runs a read-only command on the sandbox: kind run, normalised argv, the CLI text', () => {
    const json = JSON.parse(cli(['ask', '--json', 'container ls -a'], undefined, engineHost()!).out);
    expect(json).toMatchObject({ kind: 'run', matched: false, card: null, command: ['docker', 'container', 'ls', '-a'] });
    expect(json.output).toMatch(/^CONTAINER ID {3}IMAGE {2,}COMMAND/);
    expect(json.output).toContain(FIXTURE.exitedFail);
  });

  itWithEngine('refuses a write command and dry-runs a cleanup idiom', () => {
    const out = cli(['ask', '--jsonl'], 'rm -f web\ndocker rm $(docker container ls -f "status=exited" -q)\n', engineHost()!).out;
    const [refused, dry] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(refused).toMatchObject({ kind: 'refused', command: ['docker', 'rm', '-f', 'web'] });
    expect(refused.card).not.toBeNull();
    expect(dry).toMatchObject({ kind: 'dry-run' });
    expect(dry.output).toMatch(/[0-9a-f]{12}/);
  });
});

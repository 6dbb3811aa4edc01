import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../resilience/spawn-cli.ts';
import { startHostileEngine, type HostileEngine } from '../sandbox/hostile-engine.ts';

/*
 * The review's CLI attacks (`dockhand ask --json …` against a hostile engine), through the real
 * CLI as a newcomer runs it: no crash on a 600 MB reply (H3), no process left waiting on an
 * engine that drips after the timeout reply (M2), no terminal control sequences in the output (L6),
 * and the cause of a failure on stderr (issue 9 item 7).
 */

let engine: HostileEngine;
beforeAll(async () => {
  engine = await startHostileEngine({ floodMs: 30_000 });
});
afterAll(() => engine.close());

async function ask(args: string[], host = engine.host) {
  const cli = spawnCli(['ask', ...args], { SANDBOX_DOCKER_HOST: host, SANDBOX_TIMEOUT_MS: '1500' });
  const code = await cli.exited;
  return { code, out: cli.stdout(), err: cli.stderr() };
}

describe('dockhand ask against a hostile engine', () => {
  it('answers a 600 MB inspect with "more than 8 MB" and exits 0 (once a crash in docker-modem)', async () => {
    const r = await ask(['--json', 'inspect big600']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'error', text: expect.stringContaining('more than 8 MB') });
    expect(r.err).toMatch(/SANDBOX_TOO_LARGE/);
  });

  it('exits once the timeout reply is printed, although the engine keeps dripping (once it stayed 121 s)', async () => {
    const r = await ask(['--json', 'inspect drip']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'error', text: expect.stringContaining("didn't answer within 1.5 s") });
  });

  it('prints logs with no escape sequence, NUL or bidi override left in them', async () => {
    const r = await ask(['logs ctrl']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('beforered');
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('says on stderr why the sandbox is unreachable, and the two causes read differently', async () => {
    const noSocket = await ask(['--json', 'ps'], 'unix:///nonexistent/docker.sock');
    const refused = await ask(['--json', 'ps'], 'tcp://127.0.0.1:9');
    expect(JSON.parse(noSocket.out).text).toContain('its socket is not there');
    expect(JSON.parse(refused.out).text).toContain('nothing is listening');
    expect(noSocket.err).toMatch(/SANDBOX_UNREACHABLE.*ENOENT/);
    expect(refused.err).toMatch(/SANDBOX_UNREACHABLE.*ECONNREFUSED/);
  });
});

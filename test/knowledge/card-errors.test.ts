import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { signatureWords } from '../../src/match/error-signatures.ts';
import { wordsOf } from '../../src/match/extract-features.ts';
import { foldText } from '../../src/match/fold-text.ts';
import { buildFixtures, FIXTURE } from '../setup/build-fixtures.ts';
import { privateDockerdUnavailable, startPrivateDockerd, type PrivateDockerd } from '../setup/private-dockerd.ts';

/**
 * Every error message a card lists (`errors:`) is produced here for real, by the docker CLI, the
 * engine or gcc, and must be what they print today: its fixed words, in order, in their output.
 */
const cards = loadCards();
const listed = cards.flatMap((c) => (c.errors ?? []).map((e) => ({ card: c.id, error: e })));
const unavailable = privateDockerdUnavailable();
const describeEngine = unavailable && !process.env.CI ? describe.skip : describe;

function run(cmd: string, args: string[], env: Record<string, string> = {}, cwd?: string): string {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
    timeout: 60_000,
  });
  return `${r.stdout}\n${r.stderr}`;
}

/** The error's fixed words appear in the output in the same order (ids, names and paths vary). */
function printed(error: string, output: string): boolean {
  const want = signatureWords(error);
  const got = wordsOf(foldText(output));
  let i = 0;
  for (const w of got) if (w === want[i]) i++;
  return want.length > 0 && i === want.length;
}

describeEngine(`card errors are what the tools print${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let engine: PrivateDockerd;
  let work: string;
  let socket: Server;
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    engine = await startPrivateDockerd();
    buildFixtures(engine.host);
    work = mkdtempSync(join(tmpdir(), 'dh-errors-'));
    const host = { DOCKER_HOST: engine.host };
    outputs['rm with no argument'] = run('docker', ['rm'], host);
    outputs['no daemon'] = run('docker', ['ps'], { DOCKER_HOST: `unix://${join(work, 'absent.sock')}` });
    // A socket only root may open, as /var/run/docker.sock is for users outside the docker group.
    const path = join(work, 'root-only.sock');
    socket = createServer();
    await new Promise<void>((resolve) => socket.listen(path, resolve));
    chmodSync(path, 0o600);
    outputs['not in the docker group'] = run('runuser', ['-u', 'nobody', '--', 'docker', 'ps'], { DOCKER_HOST: `unix://${path}`, HOME: work });
    outputs['rm a running container'] = run('docker', ['rm', FIXTURE.running], host);
    outputs['rmi an image a container uses'] = run('docker', ['rmi', FIXTURE.busyboxImage], host);
    outputs['pull scratch'] = run('docker', ['pull', 'scratch'], host);
    outputs['run a missing image'] = run('docker', ['run', '--network', 'none', 'hello-world-missing'], host);
    outputs['-t without a terminal'] = run('docker', ['run', '--rm', '-it', '--network', 'none', FIXTURE.busyboxImage, 'true'], host);
    writeFileSync(join(work, 'notes.c'), '#Include<studio.h>\n\nint main() {\n  printf("hello docker\\n");\n}\n');
    outputs["the notes' hello.c"] = run('gcc', ['-static', 'notes.c', '-o', 'hello'], {}, work);
    writeFileSync(join(work, 'half-fixed.c'), '#include <studio.h>\n\nint main() {\n  printf("hello docker\\n");\n}\n');
    outputs["the notes' hello.c with only #include fixed"] = run('gcc', ['-static', 'half-fixed.c', '-o', 'hello'], {}, work);
    const ctx = join(work, 'ctx');
    spawnSync('mkdir', [ctx]);
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM centos  // 基於 centos 的 Docker\nRUN yum install -y vim  // 運行指令\n');
    outputs["the notes' Dockerfile"] = run('docker', ['build', '-t', 'notes-centos-vim', ctx], host);
  }, 180_000);

  afterAll(async () => {
    socket?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    await engine?.stop();
  }, 60_000);

  it('lists some errors to check', () => {
    expect(listed.length).toBeGreaterThanOrEqual(10);
  });

  it.each(listed.map((l) => [l.card, l.error] as const))('%s: "%s" is printed by a real tool', (_card, error) => {
    const where = Object.entries(outputs).filter(([, out]) => printed(error, out)).map(([name]) => name);
    expect(where, JSON.stringify(outputs, null, 1).slice(0, 4000)).not.toEqual([]);
  });
});

import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { buildFixtures, FIXTURE } from '../setup/build-fixtures.ts';
import { privateDockerdUnavailable, startPrivateDockerd, type PrivateDockerd } from '../setup/private-dockerd.ts';

/**
 * The cards' commands that CHANGE things (build, run, rm, prune, commit) are run exactly as the
 * cards print them, on a private engine of this file's own, so the shared test engine stays as is.
 */
const cards = new Map(loadCards().map((c) => [c.id, c]));
const unavailable = privateDockerdUnavailable();
const describeEngine = unavailable && !process.env.CI ? describe.skip : describe;

function card(id: string) {
  const c = cards.get(id);
  if (!c) throw new Error(`no card ${id}`);
  return c;
}

function codeBlock(id: string, lang: string): string {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(card(id).body.en);
  if (!m?.[1]) throw new Error(`card ${id} has no \`\`\`${lang} block`);
  return m[1];
}

function cardCommand(id: string, pattern: RegExp): string {
  const cmd = card(id).commands.find((c) => pattern.test(c.cmd))?.cmd;
  if (!cmd) throw new Error(`card ${id} has no command matching ${pattern}`);
  return cmd;
}

describeEngine(`card examples on a real engine${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let engine: PrivateDockerd;
  let work: string;
  const sh = (cmd: string) =>
    execSync(cmd, { cwd: work, encoding: 'utf8', env: { ...process.env, DOCKER_HOST: engine.host, DOCKER_BUILDKIT: '0' } });
  const names = (all = true) => sh(`docker ps ${all ? '-a' : ''} --format '{{.Names}}'`).trim().split('\n').filter(Boolean).sort();

  beforeAll(async () => {
    engine = await startPrivateDockerd();
    buildFixtures(engine.host);
    work = mkdtempSync(join(tmpdir(), 'dh-cards-'));
  }, 180_000);

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await engine?.stop();
  }, 60_000);

  it('compiles the card hello.c statically and it prints hello docker', () => {
    writeFileSync(join(work, 'hello.c'), codeBlock('compile-static-hello', 'c'));
    sh(cardCommand('compile-static-hello', /^gcc -static/));
    expect(execFileSync(join(work, 'hello'), { encoding: 'utf8' })).toBe('hello docker\n');
    expect(execFileSync('file', [join(work, 'hello')], { encoding: 'utf8' })).toMatch(/statically linked/);
  });

  it('builds the card Dockerfile FROM scratch, shows its history and runs it', () => {
    writeFileSync(join(work, 'Dockerfile'), codeBlock('base-image-from-scratch', 'dockerfile'));
    sh(cardCommand('base-image-from-scratch', /^docker build -t/));
    const history = sh(cardCommand('docker-history', /^docker history fishboneapps/));
    expect(history).toContain('CMD ["/hello"]');
    expect(sh(cardCommand('base-image-from-scratch', /^docker run fishboneapps/))).toBe('hello docker\n');
  }, 60_000);

  it('removes exactly the exited containers with the notes idiom, then prune takes the created ones', () => {
    const before = names();
    sh(cardCommand('remove-exited-containers', /^docker rm \$\(/));
    const afterRm = names();
    expect(afterRm).toContain(FIXTURE.running);
    expect(afterRm).toContain(FIXTURE.created);
    expect(afterRm).not.toContain(FIXTURE.exitedOk);
    expect(afterRm).not.toContain(FIXTURE.exitedFail);
    expect(afterRm.length).toBeLessThan(before.length);
    sh(cardCommand('remove-exited-containers', /^docker container prune -f$/));
    expect(names()).not.toContain(FIXTURE.created);
    expect(names()).toContain(FIXTURE.running);
  }, 60_000);

  it('commits a container into an image with the card command shape', () => {
    const commit = cardCommand('docker-commit', /^docker commit /).split(' ');
    // The seed already holds the notes' container and image: make them again, the card's way.
    sh(`docker rm -f ${commit[2]} && docker rmi -f ${commit[3]}`);
    sh(`docker run --network none --name ${commit[2]} ${FIXTURE.busyboxImage} sh -c 'echo vim > /installed'`);
    sh(commit.join(' '));
    expect(sh(`docker run --rm --network none ${commit[3]} cat /installed`)).toBe('vim\n');
  }, 60_000);

  it('removes every container, running ones included, with rm -f $(… -aq)', () => {
    expect(names(false).length).toBeGreaterThan(0);
    sh(cardCommand('remove-all-containers', /^docker rm -f \$\(/));
    expect(names()).toEqual([]);
  }, 60_000);
});

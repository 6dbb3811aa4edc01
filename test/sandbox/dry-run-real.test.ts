import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DryRunItem } from '../../src/reply.ts';
import { helloElf } from '../../src/sandbox/demo/compile-hello.ts';
import { seedSandbox } from '../../src/sandbox/demo/seed-sandbox.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { planDryRun, runDryRun } from '../../src/sandbox/dry-run.ts';
import { predictImageRm } from '../../src/sandbox/dry-run/predict-image-rm.ts';
import { parseCommand } from '../../src/sandbox/parse-command.ts';
import { privateDockerdUnavailable, startPrivateDockerd, type PrivateDockerd } from '../setup/private-dockerd.ts';

/**
 * Every cleanup idiom is dry-run, then REALLY run with the docker CLI on a throwaway engine of this
 * file's own, seeded like the demo plus the awkward cases (a paused container, an image only a
 * stopped container uses, an unused image, a dangling image a container still holds). The dry
 * run must have named exactly what docker removed, and refused with exactly docker's words.
 */
const unavailable = privateDockerdUnavailable();
const describeEngine = unavailable && !process.env.CI ? describe.skip : describe;

let engine: PrivateDockerd;

function sh(cmd: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('sh', ['-c', cmd], { env: { ...process.env, DOCKER_HOST: engine.host, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false' }, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function ok(cmd: string): string {
  const r = sh(cmd);
  if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`);
  return r.stdout;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function buildTiny(tag: string, label: string): void {
  const ctx = mkdtempSync(join(tmpdir(), 'dh-tiny-'));
  writeFileSync(join(ctx, 'hello'), helloElf(), { mode: 0o755 });
  writeFileSync(join(ctx, 'Dockerfile'), `FROM scratch\nADD hello /\nLABEL test="${label}"\nCMD ["/hello"]\n`);
  ok(`docker build -q -t ${tag} ${ctx}`);
  rmSync(ctx, { recursive: true, force: true });
}

/** The seed (idempotent) after removing every container, plus the awkward cases. */
function reset(): void {
  const all = lines(ok('docker ps -aq'));
  if (all.length) ok(`docker rm -f ${all.join(' ')}`);
  seedSandbox(engine.host);
  ok('docker run -d --network none --name paused dockhand/busybox:latest sleep 100000 && docker pause paused');
  buildTiny('dockhand/stopped-only:latest', 'stopped-only');
  ok('docker create --network none --name stopped-user dockhand/stopped-only:latest');
  buildTiny('dockhand/unused:latest', 'unused');
  buildTiny('dockhand/retag:latest', 'v1');
  ok('docker create --network none --name dangling-user dockhand/retag:latest');
  buildTiny('dockhand/retag:latest', 'v2');
  buildTiny('dockhand/rebuilt:latest', 'old');
  buildTiny('dockhand/rebuilt:latest', 'new');
}

const sandbox = () => createDockerSandbox({ host: engine.host, tls: null, timeoutMs: 20_000 });

async function dryRun(text: string) {
  const plan = planDryRun(parseCommand(text));
  if (!plan) throw new Error(`${text} is no dry-run idiom`);
  return runDryRun(plan, sandbox());
}

const ids = (items: DryRunItem[], outcome: DryRunItem['outcome']) => items.filter((i) => i.outcome === outcome).map((i) => i.id);
const present = (prefix: string, list: string[]) => list.some((id) => id.replace(/^sha256:/, '').startsWith(prefix));
const fullIds = (cmd: string) => lines(ok(cmd));

/** docker names one container (the daemon picks any) in an image conflict: compare the rest. */
const anyContainer = (text: string) => text.replace(/(running|stopped) container [0-9a-f]{12}/g, '$1 container <id>');

describeEngine(`dry runs against the real command${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  beforeAll(async () => {
    engine = await startPrivateDockerd();
    reset();
  }, 240_000);

  afterAll(async () => {
    await engine?.stop();
  }, 60_000);

  const containerIdioms: [string, string][] = [
    ['docker rm $(docker container ls -aq)', 'docker rm $(docker container ls -aq)'],
    ['docker rm $(docker container ls -f "status=exited" -q)', 'docker rm $(docker container ls -f "status=exited" -q)'],
    ['docker rm $(docker ps -q)', 'docker rm $(docker ps -q)'],
    ['docker container rm `docker ps -a -q --no-trunc`', 'docker container rm `docker ps -a -q --no-trunc`'],
    ['docker rm -f $(docker ps -aq)', 'docker rm -f $(docker ps -aq)'],
  ];

  it.each(containerIdioms)('%s: removes and refuses exactly what the dry run said', async (idiom, real) => {
    reset();
    const { objects, items } = await dryRun(idiom);
    expect(objects).toBe('containers');
    const before = fullIds('docker ps -aq --no-trunc');
    const run = sh(real);
    const removed = lines(run.stdout);
    expect(removed.map((r) => r.slice(0, 12))).toEqual(ids(items, 'removed'));
    expect(lines(run.stderr)).toEqual(items.filter((i) => i.refusal).map((i) => i.refusal));
    const after = fullIds('docker ps -aq --no-trunc');
    for (const id of ids(items, 'removed')) expect(present(id, after)).toBe(false);
    for (const id of ids(items, 'refused')) expect(present(id, after)).toBe(true);
    expect(after.length).toBe(before.length - removed.length);
  }, 120_000);

  it('the notes idiom on the seed: running and paused refused in docker\'s words, the rest removed', async () => {
    reset();
    const { items } = await dryRun('docker rm $(docker container ls -aq)');
    const byName = new Map(items.map((i) => [i.name, i]));
    expect(byName.get('web')).toMatchObject({ outcome: 'refused', image: 'dockhand/busybox:latest' });
    expect(byName.get('web')!.refusal).toMatch(/^Error response from daemon: (You cannot remove a running container [0-9a-f]{64}\. Stop the container|cannot remove container)/);
    expect(byName.get('paused')!.refusal).toMatch(/paused/);
    for (const name of ['done-ok', 'failed', 'fresh', 'hello-run', 'upbeat_albattani']) expect(byName.get(name)?.outcome).toBe('removed');
    expect(byName.get('failed')!.status).toMatch(/^Exited \(3\)/);
  }, 120_000);

  it('docker container prune: removes what the dry run said, keeps running and paused ones', async () => {
    reset();
    const { items } = await dryRun('docker container prune');
    const run = sh('docker container prune -f');
    expect(run.status).toBe(0);
    const deleted = lines(run.stdout).filter((l) => /^[0-9a-f]{64}$/.test(l));
    expect(deleted.map((d) => d.slice(0, 12)).sort()).toEqual(ids(items, 'removed').sort());
    expect(items.filter((i) => i.outcome === 'kept').map((i) => i.name).sort()).toEqual(['paused', 'web']);
    const after = fullIds('docker ps -aq --no-trunc');
    for (const id of ids(items, 'kept')) expect(present(id, after)).toBe(true);
  }, 120_000);

  const imageIdioms = ['docker rmi $(docker images -q)', 'docker rmi -f $(docker images -q)', 'docker image rm $(docker image ls -aq)', 'docker rmi $(docker images -q -f dangling=true)'];

  it.each(imageIdioms)('%s: deletes and refuses exactly what the dry run said', async (idiom) => {
    reset();
    const { objects, items } = await dryRun(idiom);
    expect(objects).toBe('images');
    const containers = new Map(lines(ok("docker ps -a --no-trunc --format '{{.ID}} {{.State}}'")).map((l) => l.split(' ') as [string, string]));
    // Images built in the same second come back in any order, call by call, and the order decides
    // (a deleted image takes its parents along): run docker on the IDs in the order the dry run listed.
    const [outer, inner] = idiom.split(' $(');
    expect(lines(ok(inner!.slice(0, -1))).sort()).toEqual(items.map((i) => i.id).sort());
    const run = sh(`${outer} ${items.map((i) => i.id).join(' ')}`);
    const deleted = lines(run.stdout).filter((l) => l.startsWith('Deleted: ')).map((l) => l.slice('Deleted: '.length));
    for (const id of ids(items, 'removed')) expect(present(id, deleted)).toBe(true);
    for (const id of ids(items, 'refused')) expect(items.some((i) => i.id === id && i.refusal?.includes('No such image')) || !present(id, deleted)).toBe(true);
    const errors = lines(run.stderr);
    expect(errors.map(anyContainer)).toEqual(items.filter((i) => i.refusal).map((i) => anyContainer(i.refusal!)));
    // The container docker named really is one that holds the image, in the state it says.
    for (const e of errors) {
      const m = /(running|stopped) container ([0-9a-f]{12})/.exec(e);
      if (!m) continue;
      const state = [...containers].find(([id]) => id.startsWith(m[2]!))?.[1];
      expect(m[1] === 'running' ? state === 'running' || state === 'paused' : state !== 'running' && state !== 'paused').toBe(true);
    }
    const images = fullIds('docker images -aq --no-trunc');
    for (const id of ids(items, 'removed')) expect(present(id, images)).toBe(false);
  }, 120_000);

  // `docker images -aq` lists images built in the same second in any order; this pins the order that
  // once failed CI: an intermediate image before its child.
  it('an intermediate image named before its child: docker refuses it, then deletes it with the child, as predicted', async () => {
    reset();
    const child = ok("docker image inspect -f '{{.Id}}' dockhand/unused:latest").trim();
    const parent = ok(`docker image inspect -f '{{.Parent}}' ${child}`).trim();
    expect(parent).toMatch(/^sha256:[0-9a-f]{64}$/);
    const args = [parent, child].map((id) => id.slice('sha256:'.length, 'sha256:'.length + 12));
    const inventory = await sandbox().inventory();
    const items = predictImageRm(inventory, args, { force: false, prune: true });
    expect(items.map((i) => [i.outcome, i.removedLater ?? false])).toEqual([['removed', true], ['removed', false]]);
    const run = sh(`docker rmi ${args.join(' ')}`);
    expect(lines(run.stderr)).toEqual([items[0]!.refusal]);
    const deleted = lines(run.stdout).filter((l) => l.startsWith('Deleted: ')).map((l) => l.slice('Deleted: '.length));
    for (const id of args) expect(present(id, deleted)).toBe(true);
    const images = fullIds('docker images -aq --no-trunc');
    for (const id of args) expect(present(id, images)).toBe(false);
  }, 120_000);

  it('the notes idiom for images: every image in use is refused, the unused one removed', async () => {
    reset();
    const { items } = await dryRun('docker rmi $(docker images -q)');
    const by = (name: string) => items.find((i) => i.name.includes(name))!;
    expect(by('dockhand/unused').outcome).toBe('removed');
    expect(by('dockhand/busybox').refusal).toMatch(/\(cannot be forced\) - image is being used by running container/);
    expect(by('hello-world').refusal).toMatch(/\(must be forced\) - image is referenced in multiple repositories/);
    expect(by('dockhand/stopped-only').refusal).toMatch(/\(must be forced\) - image is being used by stopped container/);
    // Listed newest first, its children were deleted earlier in the same run (centos-vim, and
    // centos-vim-new with its parents). Built in the same second, a descendant may be listed after
    // it: then it still has children when its turn comes.
    const centos = items.findIndex((i) => i.name === 'centos:latest');
    const centosId = ok("docker image inspect -f '{{.Id}}' centos:latest").trim();
    const descends = (id: string): boolean => {
      for (let p = ok(`docker image inspect -f '{{.Parent}}' ${id}`).trim(); p; p = ok(`docker image inspect -f '{{.Parent}}' ${p}`).trim()) {
        if (p === centosId) return true;
      }
      return false;
    };
    const descendantLater = items.slice(centos + 1).some((i) => descends(i.id));
    expect(items[centos]!.refusal).toMatch(descendantLater
      ? /\(cannot be forced\) - image has dependent child images/
      : /\(must be forced\) - image is being used by stopped container/);
  }, 120_000);

  it('docker image prune: deletes the dangling images the dry run named, keeps one a container holds', async () => {
    reset();
    const { items } = await dryRun('docker image prune');
    const run = sh('docker image prune -f');
    expect(run.status).toBe(0);
    const deleted = lines(run.stdout).filter((l) => l.startsWith('deleted: ')).map((l) => l.slice('deleted: '.length));
    expect(deleted.length).toBeGreaterThan(0);
    for (const id of ids(items, 'removed')) expect(present(id, deleted)).toBe(true);
    expect(ids(items, 'removed').length).toBeGreaterThan(0);
    expect(ids(items, 'kept').length).toBeGreaterThan(0);
    const images = fullIds('docker images -aq --no-trunc');
    for (const id of ids(items, 'kept')) expect(present(id, images)).toBe(true);
    for (const id of ids(items, 'removed')) expect(present(id, images)).toBe(false);
  }, 120_000);
});

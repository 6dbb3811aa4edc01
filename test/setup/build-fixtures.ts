import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dockerCli } from './private-dockerd.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/engine/', import.meta.url));

/** Names the integration tests can rely on. */
export const FIXTURE = {
  helloImage: 'hello-world:latest',
  notesImage: 'fishboneapps/hello-world:latest',
  busyboxImage: 'dockhand/busybox:latest',
  running: 'web',
  exitedOk: 'done-ok',
  exitedFail: 'failed',
  created: 'fresh',
  tty: 'tty-logger',
  hello: 'hello-run',
} as const;

function buildImage(host: string, dockerfile: string, files: Record<string, string>, tags: string[]): void {
  const ctx = mkdtempSync(join(tmpdir(), 'dh-ctx-'));
  try {
    copyFileSync(join(FIXTURES, dockerfile), join(ctx, 'Dockerfile'));
    for (const [name, from] of Object.entries(files)) copyFileSync(from, join(ctx, name));
    dockerCli(host, ['build', '-q', ...tags.flatMap((t) => ['-t', t]), ctx]);
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
}

/** The notes' hello-world, compiled the notes' way (gcc -static) with the notes' mistakes fixed. */
function buildHello(host: string): void {
  const out = mkdtempSync(join(tmpdir(), 'dh-hello-'));
  try {
    execFileSync('gcc', ['-static', join(FIXTURES, 'hello.c'), '-o', join(out, 'hello')]);
    buildImage(host, 'hello.Dockerfile', { hello: join(out, 'hello') }, [FIXTURE.helloImage, FIXTURE.notesImage]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Images FROM scratch (no registry is reachable) and containers in every state, all with
 * --network none. Runs once per private engine.
 */
export function buildFixtures(host: string): void {
  const docker = (...args: string[]) => dockerCli(host, args);
  buildHello(host);
  buildImage(host, 'busybox.Dockerfile', { busybox: '/bin/busybox' }, [FIXTURE.busyboxImage]);
  const bb = FIXTURE.busyboxImage;
  docker('run', '-d', '--network', 'none', '--name', FIXTURE.running, '--label', 'tier=front',
    '-e', 'API_TOKEN=xoxb-not-a-real-token', '-e', 'GREETING=hello', bb,
    'sh', '-c', 'for i in $(seq 1 50); do echo "line $i"; done; echo "to stderr" >&2; exec sleep 100000');
  docker('run', '--network', 'none', '--name', FIXTURE.exitedOk, bb, 'echo', 'all good');
  try {
    docker('run', '--network', 'none', '--name', FIXTURE.exitedFail, bb, 'sh', '-c', 'echo boom >&2; exit 3');
  } catch (err) {
    // `docker run` passes the container's exit code through; 3 is the state we want.
    if ((err as { status?: number }).status !== 3) throw err;
  }
  docker('create', '--network', 'none', '--name', FIXTURE.created, bb, 'true');
  docker('run', '-d', '-t', '--network', 'none', '--name', FIXTURE.tty, bb, 'sh', '-c', 'echo tty line; exec sleep 100000');
  docker('run', '--network', 'none', '--name', FIXTURE.hello, FIXTURE.helloImage);
}

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helloElf } from '../../src/sandbox/demo/compile-hello.ts';
import { engineFingerprint } from '../helpers.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { privateDockerdUnavailable } from '../setup/private-dockerd.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const unavailable = privateDockerdUnavailable();
const itDemo = unavailable && !process.env.CI ? it.skip : it;

interface Demo {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm run demo`, as the README's first line runs it, with the keyboard replaced by a pipe. */
function startDemo(): Demo {
  // Its own process group, so a Ctrl-C can be sent to the whole group the way a terminal does.
  const child = spawn('npm', ['run', '--silent', 'demo'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  return { child, out: () => out, err: () => err, exited };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The engine the demo says it started: its socket, dockerd pid and data directory. */
function engineOf(err: string): { socket: string; pid: number; dir: string } {
  const m = /engine unix:\/\/(\S+) \(dockerd pid (\d+), data in (\S+)\)/.exec(err);
  if (!m) throw new Error(`the demo did not say which engine it started:\n${err}`);
  return { socket: m[1]!, pid: Number(m[2]), dir: m[3]! };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** npm may exit before the demo under it has finished cleaning up: wait for the engine to go. */
async function expectAllGone(engine: { socket: string; pid: number; dir: string }): Promise<void> {
  await until(() => !alive(engine.pid) && !existsSync(engine.dir), 30_000, `dockerd ${engine.pid} and ${engine.dir} to go`);
  expect(existsSync(engine.socket)).toBe(false);
}

describe('npm run demo', () => {
  itDemo('shows the live docker ps -a table of the seeded engine, and removes it all on exit', async () => {
    const demo = startDemo();
    demo.child.stdin!.end('ps -a\nlogs web --tail 2\ndocker rm $(docker container ls -aq)\nexit\n');
    const { code } = await demo.exited;
    expect(code, demo.err()).toBe(0);
    const out = demo.out();
    expect(out).toMatch(/^\$ docker ps -a\nCONTAINER ID {3}IMAGE {2,}COMMAND/m);
    for (const row of [/ Up (?:Less than a second|\d+ seconds?|About a minute|\d+ minutes) .* web\n/, / Exited \(0\) .* upbeat_albattani\n/, / Exited \(3\) .* failed\n/, / Created .* fresh\n/, /hello-world:latest +"\/hello" .* hello-run\n/]) {
      expect(out).toMatch(row);
    }
    expect(out).toMatch(/\$ docker logs --tail 2 web\n(.*\n)?line 50\n/);
    expect(out).toMatch(/would remove 5 and refuse 1:[\s\S]* web {2,}.*refuse\n {2}↳ Error response from daemon: /);
    await expectAllGone(engineOf(demo.err()));
  }, 180_000);

  itDemo('removes it all on SIGTERM, and on Ctrl-C sent to the whole process group', async () => {
    const signals: [string, (d: Demo) => void][] = [
      ['SIGTERM to npm', (d) => d.child.kill('SIGTERM')],
      ['SIGINT to the process group', (d) => process.kill(-d.child.pid!, 'SIGINT')],
    ];
    for (const [what, send] of signals) {
      const demo = startDemo();
      demo.child.stdin!.write('ps -a\n');
      await until(() => demo.out().includes('CONTAINER ID'), 150_000, 'the first table');
      const engine = engineOf(demo.err());
      expect(alive(engine.pid)).toBe(true);
      send(demo);
      await demo.exited;
      await expectAllGone(engine).catch((err: Error) => {
        throw new Error(`${what}: ${err.message}\n${demo.err()}`);
      });
    }
  }, 360_000);
});

describe('dockhand sandbox seed', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });

  itWithEngine('is idempotent: on an engine that has the course already it creates nothing and changes nothing', async () => {
    const host = engineHost()!;
    const before = await engineFingerprint(host);
    const r = cli(['sandbox', 'seed', '--host', host]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('created: nothing');
    expect(r.stdout).toMatch(/already there: hello-world:latest, fishboneapps\/hello-world:latest, .*upbeat_albattani/);
    expect(await engineFingerprint(host)).toBe(before);
  }, 60_000);

  it('says what went wrong, without a stack trace, when the engine is not there or the arguments are wrong', () => {
    const down = cli(['sandbox', 'seed', '--host', 'unix:///nonexistent/docker.sock']);
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/^dockhand sandbox seed: .*(Cannot connect|docker daemon)/);
    expect(down.stderr).not.toMatch(/\n\s+at /);
    const bad = cli(['sandbox', 'seed', '--host']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: dockhand sandbox seed');
  });
});

describe('the built-in hello for machines without gcc', () => {
  it.runIf(process.platform === 'linux' && process.arch === 'x64')('is a static program that prints what the notes\' hello.c prints', () => {
    const path = `${ROOT}node_modules/.dh-hello-test`;
    spawnSync('sh', ['-c', `cat > ${path} && chmod 755 ${path}`], { input: helloElf() });
    const r = spawnSync(path, { encoding: 'utf8' });
    expect(r.stdout).toBe('hello docker\n');
    expect(r.status).toBe(0);
    spawnSync('rm', ['-f', path]);
  });
});

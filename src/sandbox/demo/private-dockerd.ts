import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateDockerd {
  host: string;
  dir: string;
  /** The dockerd process id (it changes on restart). */
  readonly pid: number | undefined;
  /** Stops the engine and deletes its directory. */
  stop(): Promise<void>;
  /** Stops the engine but keeps its data-root and socket path, for `restart`. */
  halt(): Promise<void>;
  /** Starts the engine again on the same data-root and socket (halting it first if it runs). */
  restart(): Promise<void>;
  /** Freezes the engine (SIGSTOP): connections are accepted but never answered. */
  pause(): void;
  /** Unfreezes a paused engine (SIGCONT). */
  resume(): void;
}

/** Why a private engine cannot start here, or null when it can (root, Linux, dockerd installed). */
export function privateDockerdUnavailable(): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not root';
  try {
    execFileSync('dockerd', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'dockerd is not installed (apt-get install -y docker.io busybox-static)';
  }
  return null;
}

/** The docker CLI against `host`, classic builder (no buildx plugin needed), no hints. */
function dockerCli(host: string, args: string[], timeoutMs?: number): string {
  return execFileSync('docker', args, {
    ...(timeoutMs ? { timeout: timeoutMs } : {}),
    env: { ...process.env, DOCKER_HOST: host, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitForEngine(host: string, child: ChildProcess, dir: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`dockerd exited with ${child.exitCode}; see ${join(dir, 'dockerd.log')}`);
    try {
      dockerCli(host, ['version', '--format', '{{.Server.Version}}']);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`dockerd did not answer within 30 s; see ${join(dir, 'dockerd.log')}`);
}

function spawnDockerd(dir: string, host: string): ChildProcess {
  const log = openSync(join(dir, 'dockerd.log'), 'a');
  const child = spawn(
    'dockerd',
    [
      '--data-root', join(dir, 'data'),
      '--exec-root', join(dir, 'exec'),
      '--pidfile', join(dir, 'dockerd.pid'),
      '-H', host,
      '--iptables=false', '--ip6tables=false', '--bridge=none',
      '--storage-driver=vfs',
      // Containers that ignore SIGTERM (sleep as PID 1) would hold every stop for 15 s.
      '--shutdown-timeout=2',
    ],
    // Its own process group: a Ctrl-C at the terminal reaches us, and we stop the engine in order
    // (containers first), instead of dockerd racing us to shut down under our feet.
    { stdio: ['ignore', log, log], detached: true },
  );
  // The child has its own copy; ours would leak one descriptor per (re)start.
  closeSync(log);
  return child;
}

async function haltDockerd(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  // A frozen engine cannot act on SIGTERM.
  child.kill('SIGCONT');
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  // Cleared once dockerd is gone: a pending 15 s timer would keep the caller's process alive.
  await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Mounts dockerd left under `dir` (netns files, vfs layers of containers it stopped on its way out):
 * while they exist the directory cannot be removed.
 */
function unmountUnder(dir: string): void {
  let mounts: string[];
  try {
    mounts = readFileSync('/proc/self/mounts', 'utf8').split('\n').map((l) => l.split(' ')[1] ?? '');
  } catch {
    return;
  }
  const mine = mounts.filter((m) => m === dir || m.startsWith(`${dir}/`)).sort().reverse();
  for (const m of mine) {
    try {
      execFileSync('umount', ['-l', m], { stdio: 'ignore' });
    } catch {
      // Already gone, or not ours to unmount: the removal below retries and reports.
    }
  }
}

/**
 * Starts a throwaway dockerd with the flags DESIGN §7 verified on these machines: no iptables,
 * no bridge (containers use --network none), vfs storage, everything under one temp dir.
 */
export async function startPrivateDockerd(prefix = 'dh-'): Promise<PrivateDockerd> {
  // A short path: unix socket paths are limited to 108 bytes.
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const host = `unix://${join(dir, 'd.sock')}`;
  let child = spawnDockerd(dir, host);
  try {
    await waitForEngine(host, child, dir);
  } catch (err) {
    await haltDockerd(child);
    throw err;
  }
  return {
    host,
    dir,
    get pid() {
      return child.pid;
    },
    halt: () => haltDockerd(child),
    async restart() {
      await haltDockerd(child);
      child = spawnDockerd(dir, host);
      await waitForEngine(host, child, dir);
    },
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    async stop() {
      // dockerd gives each container 10 s to stop on its way out; ours are throwaway.
      try {
        child.kill('SIGCONT');
        const running = dockerCli(host, ['ps', '-q'], 3000).split('\n').filter(Boolean);
        if (running.length > 0) dockerCli(host, ['kill', ...running], 5000);
      } catch {
        // An engine that is down or frozen is stopped the hard way below.
      }
      await haltDockerd(child);
      // vfs layers can hold mounts for a moment after exit; retry the cleanup.
      for (let i = 0; i < 20 && existsSync(dir); i++) {
        unmountUnder(dir);
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    },
  };
}

export { dockerCli };

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateDockerd {
  host: string;
  dir: string;
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

function dockerCli(host: string, args: string[]): string {
  return execFileSync('docker', args, {
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
    ],
    { stdio: ['ignore', log, log], detached: false },
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
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Starts a throwaway dockerd with the flags DESIGN §7 verified on these machines: no iptables,
 * no bridge (containers use --network none), vfs storage, everything under one temp dir.
 */
export async function startPrivateDockerd(): Promise<PrivateDockerd> {
  // A short path: unix socket paths are limited to 108 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'dh-'));
  const host = `unix://${join(dir, 'd.sock')}`;
  let child = spawnDockerd(dir, host);
  await waitForEngine(host, child, dir);
  return {
    host,
    dir,
    halt: () => haltDockerd(child),
    async restart() {
      await haltDockerd(child);
      child = spawnDockerd(dir, host);
      await waitForEngine(host, child, dir);
    },
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    async stop() {
      await haltDockerd(child);
      // vfs layers can hold mounts for a moment after exit; retry the cleanup.
      for (let i = 0; i < 5 && existsSync(dir); i++) {
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

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The HTTP port from the "Dockhand is listening" log line; rejects if the process exits first. */
  listening(): Promise<number>;
}

/**
 * How the README starts Dockhand: `node dist/cli.js …` is what the deployment guide's systemd unit
 * runs (the process a supervisor signals); `npm start` is the first command a newcomer types.
 */
export type Launcher = 'node' | 'npm';

/**
 * The real, compiled CLI (the test setup builds `dist/`), started as the README says, with only
 * the given environment (plus PATH and HOME), so nothing from the test runner's environment leaks in.
 */
export function spawnCli(args: string[], env: Record<string, string>, launcher: Launcher = 'node'): CliProcess {
  if (launcher === 'npm' && (args.length !== 1 || args[0] !== 'start')) throw new Error('npm runs only `start`');
  const [command, argv]: [string, string[]] = launcher === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, ['dist/cli.js', ...args]];
  const child = spawn(command, argv, {
    cwd: ROOT,
    // The history goes to a folder of its own unless the test names one, never to the repo's ./data.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', DATA_DIR: mkdtempSync(join(tmpdir(), 'dh-cli-data-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const port = (): number | null => {
    for (const line of out.split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === 'Dockhand is listening' && typeof entry.port === 'number') return entry.port;
    }
    return null;
  };
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    listening: () =>
      new Promise((resolve, reject) => {
        const check = () => {
          const p = port();
          if (p !== null) {
            child.stdout!.off('data', check);
            resolve(p);
          }
        };
        child.stdout!.on('data', check);
        check();
        void exited.then((code) => reject(new Error(`dockhand exited with ${code} before listening:\n${err}`)));
      }),
  };
}

/** Resolves once nothing accepts connections on `port` any more. */
export async function portClosed(port: number): Promise<void> {
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

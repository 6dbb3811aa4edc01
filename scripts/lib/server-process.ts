import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  name: string;
  port: number;
  pid: number;
  /** Resident set size in MB, from /proc. */
  rssMb(): number;
  /** CPU time (user + system) used so far, in ms, from /proc (10 ms resolution). */
  cpuMs(): number;
  /**
   * Live heap in MB after the latest full GC, from `--trace-gc` lines (null without that flag).
   * Unlike RSS, it does not grow just because V8 collects lazily, so it is the leak signal.
   */
  liveHeapMb(): number | null;
  /** The process's log (stdout and stderr). */
  log(): string;
  stop(): Promise<number | null>;
}

/** Waits for the JSON log line carrying `port`; the file is the child's stdout. */
async function portFrom(logFile: string, child: ChildProcess): Promise<number> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${logFile}: exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8')}`);
    for (const line of readFileSync(logFile, 'utf8').split('\n')) {
      const port = line.startsWith('{') ? (JSON.parse(line) as { port?: unknown }).port : undefined;
      if (typeof port === 'number') return port;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${logFile}: no port after 60 s`);
}

/**
 * `[pid:isolate] 48161 ms: Mark-Compact 318.0 (343.7) -> 84.6 (263.5) MB, …`: the size after the
 * arrow is what survived. The main thread is the isolate with the most GC lines (a worker, if
 * any, has its own).
 */
function liveHeapFrom(log: string): number | null {
  const byIsolate = new Map<string, { lines: number; live: number | null }>();
  for (const m of log.matchAll(/^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: (Scavenge|Mark-Compact)[^\n]*?-> ([\d.]+) \(/gm)) {
    const entry = byIsolate.get(m[1]!) ?? { lines: 0, live: null };
    entry.lines++;
    if (m[2] === 'Mark-Compact') entry.live = Number(m[3]);
    byIsolate.set(m[1]!, entry);
  }
  const main = [...byIsolate.values()].sort((a, b) => b.lines - a.lines)[0];
  return main?.live ?? null;
}

/**
 * Starts plain `node <args…>` from the repo root (the compiled `dist/cli.js`, or a plain JS
 * baseline), as an operator runs it, with exactly `env` (plus PATH, HOME).
 */
export async function startServerProcess(name: string, args: string[], env: Record<string, string>, logFile: string): Promise<ServerProcess> {
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await portFrom(logFile, child);
  return {
    name,
    port,
    pid: child.pid!,
    rssMb() {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      return Number(kb) / 1024;
    },
    cpuMs() {
      // Fields 14 and 15 after the ")" that ends the command name: utime and stime, in clock ticks (100/s).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    liveHeapMb: () => liveHeapFrom(readFileSync(logFile, 'utf8')),
    log: () => readFileSync(logFile, 'utf8'),
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SinkReport } from './reply-sink.ts';

export interface ReplySink {
  url: string;
  responseUrl: string;
  /** Final replies received since the last call. */
  report(): Promise<SinkReport>;
  stop(): Promise<void>;
}

/** Forks `reply-sink.ts` and talks to it over IPC. */
export async function startReplySink(): Promise<ReplySink> {
  const child = fork(fileURLToPath(new URL('./reply-sink.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const next = <T>() => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
  const { url, responseUrl } = await next<{ url: string; responseUrl: string }>();
  return {
    url,
    responseUrl,
    report() {
      const answer = next<SinkReport>();
      child.send('report');
      return answer;
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.send('stop');
      await exited;
    },
  };
}

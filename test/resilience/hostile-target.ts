import { expect } from 'vitest';
import { engineHost } from '../engine-context.ts';
import { engineFingerprint } from '../helpers.ts';
import { startRecordingServer, type RecordingServer } from '../slack/recording-server.ts';
import { startInProcessApp, textOf, type InProcessApp } from './in-process-app.ts';

export interface HostileTarget {
  slack: RecordingServer;
  dockhand: InProcessApp;
  /** Asserts the server still answers: the health check, and a question gets its answer. */
  stillServing(): Promise<void>;
  /** Asserts the shared test engine is exactly as it was before the attack (when there is one). */
  sandboxUnchanged(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Dockhand on the shared test engine (read-only use only), with a rate high enough that the
 * policy, not the limiter, is what refuses a tampered command.
 */
export async function startHostileTarget(): Promise<HostileTarget> {
  const slack = await startRecordingServer();
  const host = engineHost();
  const dockhand = await startInProcessApp({
    apiBase: slack.url,
    responseBase: slack.responseUrl,
    dockerHost: host,
    env: { SANDBOX_RATE_PER_MIN: '10000' },
  });
  const before = host ? await engineFingerprint(host) : null;
  return {
    slack,
    dockhand,
    async stillServing() {
      expect((await fetch(`http://127.0.0.1:${dockhand.app.port}/healthz`)).status).toBe(200);
      const { hook, status } = await dockhand.command('what are namespaces?');
      expect(status).toBe(200);
      expect(textOf(slack.requests.find((r) => r.path === `/respond/${hook}`))).toMatch(/Namespaces/);
    },
    async sandboxUnchanged() {
      if (host) expect(await engineFingerprint(host)).toBe(before);
    },
    async close() {
      await dockhand.app.stop();
      await slack.close();
    },
  };
}

/** Sends many requests a batch at a time (Bolt holds an unknown request 3 s before its 404). */
export async function inBatches<T>(jobs: (() => Promise<T>)[], size = 50): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += size) results.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
  return results;
}

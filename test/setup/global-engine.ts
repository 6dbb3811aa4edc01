import type { TestProject } from 'vitest/node';
import { buildFixtures } from './build-fixtures.ts';
import { privateDockerdUnavailable, startPrivateDockerd, type PrivateDockerd } from './private-dockerd.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DOCKER_HOST-style address of the engine the integration tests use, or null when there is none. */
    dockerHost: string | null;
    /** Why there is no engine (shown by the tests that then skip; CI never gets here). */
    dockerUnavailable: string | null;
  }
}

let engine: PrivateDockerd | undefined;

/**
 * Gives the integration tests a real Docker Engine: SANDBOX_DOCKER_HOST when set, else a private
 * dockerd with fixtures. In CI a missing engine is an error, so the Docker tests never skip silently.
 */
export async function setup(project: TestProject): Promise<void> {
  const given = process.env.SANDBOX_DOCKER_HOST;
  if (given) {
    project.provide('dockerHost', given);
    project.provide('dockerUnavailable', null);
    return;
  }
  const why = privateDockerdUnavailable();
  if (why) {
    if (process.env.CI) throw new Error(`CI needs a Docker Engine for the integration tests: ${why}`);
    console.warn(`\n[dockhand] Docker integration tests will be SKIPPED: ${why}\n`);
    project.provide('dockerHost', null);
    project.provide('dockerUnavailable', why);
    return;
  }
  engine = await startPrivateDockerd();
  buildFixtures(engine.host);
  project.provide('dockerHost', engine.host);
  project.provide('dockerUnavailable', null);
}

export async function teardown(): Promise<void> {
  await engine?.stop();
}

import { seedSandbox, SEED } from '../../src/sandbox/demo/seed-sandbox.ts';
import { dockerCli } from './private-dockerd.ts';

/** Names the integration tests can rely on: the demo's seed, plus a container with a TTY. */
export const FIXTURE = { ...SEED, tty: 'tty-logger' } as const;

/**
 * The same course state `npm run demo` seeds (images FROM scratch, containers in every state,
 * --network none), plus what only tests need. Runs once per private engine.
 */
export function buildFixtures(host: string): void {
  seedSandbox(host);
  dockerCli(host, ['run', '-d', '-t', '--network', 'none', '--name', FIXTURE.tty, FIXTURE.busyboxImage, 'sh', '-c', 'echo tty line; exec sleep 100000']);
}

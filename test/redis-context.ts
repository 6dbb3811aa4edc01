import { describe } from 'vitest';
import { redisServerUnavailable } from './setup/redis-server.ts';

/**
 * `describe` for tests that need a real redis-server. Without one they are skipped with the reason
 * in their name; in CI (CI=true) a missing redis-server fails the run instead of skipping.
 */
export function describeWithRedis(name: string, body: () => void): void {
  const why = redisServerUnavailable();
  if (why && process.env.CI) throw new Error(`CI needs redis-server for the Redis tests: ${why}`);
  if (why) describe.skip(`${name} (skipped: ${why})`, body);
  else describe(name, body);
}

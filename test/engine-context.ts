import { inject, it } from 'vitest';

/**
 * The engine host for integration tests. Without one (never in CI: the global setup fails there)
 * the Docker tests are skipped with the reason in their name, not silently.
 */
export function engineHost(): string | null {
  return inject('dockerHost');
}

export const itWithEngine: typeof it = (inject('dockerHost')
  ? it
  : it.skip) as typeof it;

export const engineSkipReason = (): string | null => inject('dockerUnavailable');

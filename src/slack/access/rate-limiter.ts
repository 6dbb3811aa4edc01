/** The role; this process's sliding window below, or all replicas' through Redis (`createRedisRateLimiter`). */
export interface RateLimiter {
  /** Takes one run for `key`; false when the last minute's budget is spent. */
  take(key: string): boolean | Promise<boolean>;
  /** Gives back a run that did not reach the sandbox (a refusal, or not a command after all). */
  refund(key: string): void | Promise<void>;
}

const WINDOW_MS = 60_000;

/** A sliding one-minute window per key; `now` is injectable so tests never wait. */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const runs = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const since = now() - WINDOW_MS;
    const kept = (runs.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) runs.delete(key);
    else runs.set(key, kept);
    return kept;
  };

  return {
    take(key) {
      const kept = recent(key);
      if (kept.length >= perMinute) return false;
      runs.set(key, [...kept, now()]);
      return true;
    },
    refund(key) {
      const kept = recent(key);
      kept.pop();
      if (kept.length === 0) runs.delete(key);
    },
  };
}

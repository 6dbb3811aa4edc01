import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export interface SeenStore {
  /** True when `id` was seen within the TTL; otherwise remembers it and returns false. */
  seenBefore(id: string): boolean | Promise<boolean>;
}

/**
 * Slack retries an event it thinks was not delivered (same event_id, `x-slack-retry-num`) up to
 * three times within about five minutes; remember ids a little longer than that.
 */
export function createSeenStore(ttlMs = 10 * 60_000, max = 50_000, now: () => number = Date.now): SeenStore & {
  /** Every id still remembered, with when it was first seen. */
  recent(): IterableIterator<[string, number]>;
} {
  const seen = new Map<string, number>();
  return {
    recent: () => seen.entries(),
    seenBefore(id) {
      const t = now();
      const at = seen.get(id);
      if (at !== undefined && t - at < ttlMs) return true;
      seen.delete(id);
      seen.set(id, t);
      // Map keeps insertion order, so the oldest entries are first.
      for (const [old, when] of seen) {
        if (seen.size <= max && t - when < ttlMs) break;
        seen.delete(old);
      }
      return false;
    },
  };
}

/**
 * Global middleware: an event delivered twice is handled once, by this process (the in-memory
 * store) or by all replicas (`createRedisSeenStore`).
 */
export function dedupeEvents(store: SeenStore, onDuplicate: () => void = () => {}): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && (await store.seenBefore(id))) {
      onDuplicate();
      return;
    }
    await next();
  };
}

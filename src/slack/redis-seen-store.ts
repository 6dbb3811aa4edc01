import type { RedisLink } from '../ops/redis-link.ts';
import { createSeenStore, type SeenStore } from './event-dedupe.ts';

export const SEEN_KEY_PREFIX = 'dockhand:event:';

/**
 * Event ids shared by every replica: the first to `SET NX` an id handles the event. Each replica
 * also remembers ids itself, which answers its own retries without a round trip and carries on
 * alone while Redis is away; ids first seen during an outage are written to Redis once it is
 * back, so a late retry of one of them is not answered again by another replica.
 */
export function createRedisSeenStore(link: RedisLink, ttlMs = 10 * 60_000, now: () => number = Date.now): SeenStore {
  const local = createSeenStore(ttlMs, 50_000, now);
  let unshared: { id: string; at: number }[] = [];

  link.onRecover(() => {
    const pending = unshared;
    unshared = [];
    const t = now();
    for (const { id, at } of pending) {
      const left = ttlMs - (t - at);
      if (left > 0) void link.attempt((c) => c.set(SEEN_KEY_PREFIX + id, '1', 'PX', left, 'NX'));
    }
  });

  return {
    async seenBefore(id) {
      if (local.seenBefore(id)) return true;
      const set = await link.attempt((c) => c.set(SEEN_KEY_PREFIX + id, '1', 'PX', ttlMs, 'NX'));
      if (!set.ok) {
        // Bounded like the local store: an outage longer than the TTL hands over only what still counts.
        if (unshared.length < 50_000) unshared.push({ id, at: now() });
        return false;
      }
      return set.value === null;
    },
  };
}

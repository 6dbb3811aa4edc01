import type { RedisLink } from '../ops/redis-link.ts';
import { createSeenStore, type SeenStore } from './event-dedupe.ts';

export const SEEN_KEY_PREFIX = 'dockhand:event:';

/**
 * Event ids shared by every replica: the first to `SET NX` an id handles the event. Each replica
 * also remembers ids itself, which answers its own retries without a round trip and carries on
 * alone while Redis is away. When Redis is back, every id this replica still remembers is written
 * to it (NX, for the rest of its TTL): ids first seen during the outage, and those a restarted
 * Redis lost, so a late retry of one of them is not answered again by another replica.
 */
export function createRedisSeenStore(link: RedisLink, ttlMs = 10 * 60_000, now: () => number = Date.now): SeenStore {
  const local = createSeenStore(ttlMs, 50_000, now);

  link.onRecover(() => {
    const t = now();
    void link.attempt((c) => {
      const batch = c.pipeline();
      for (const [id, at] of local.recent()) {
        const left = ttlMs - (t - at);
        if (left > 0) batch.set(SEEN_KEY_PREFIX + id, '1', 'PX', left, 'NX');
      }
      return batch.exec();
    });
  });

  return {
    async seenBefore(id) {
      if (local.seenBefore(id)) return true;
      const set = await link.attempt((c) => c.set(SEEN_KEY_PREFIX + id, '1', 'PX', ttlMs, 'NX'));
      // Redis away: this replica's own memory decides (it has just recorded the id).
      if (!set.ok) return false;
      return set.value === null;
    },
  };
}

import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { connectRedis, type RedisLink } from '../ops/redis-link.ts';
import { createRateLimiter, type RateLimiter } from './access/rate-limiter.ts';
import { createSandboxSlots, type SandboxSlots } from './access/sandbox-slots.ts';
import { createSeenStore, type SeenStore } from './event-dedupe.ts';

/** What replicas must agree on: events already handled, each user's sandbox budget, sandbox slots. */
export interface SharedState {
  seen: SeenStore;
  limiter: RateLimiter;
  slots: SandboxSlots;
  /** The Redis connection when REDIS_URL is set (for readiness and metrics); null in-process. */
  redis: RedisLink | null;
  close(): Promise<void>;
}

/** This process's own state: one replica, as without REDIS_URL. */
export function localState(config: Pick<Config, 'sandboxAccess'>): SharedState {
  return {
    seen: createSeenStore(),
    limiter: createRateLimiter(config.sandboxAccess.ratePerMin),
    slots: createSandboxSlots(config.sandboxAccess.maxConcurrent),
    redis: null,
    close: async () => {},
  };
}

/**
 * Shared through Redis with REDIS_URL (the Redis implementations load only then), else local. A
 * Redis that is down at start-up is not fatal: each store falls back to this process until it is back.
 */
export async function sharedState(config: Pick<Config, 'sandboxAccess' | 'redisUrl' | 'sandbox'>, logger: Logger): Promise<SharedState> {
  if (!config.redisUrl) return localState(config);
  const [link, { createRedisSeenStore }, { createRedisRateLimiter }, { createRedisSandboxSlots }] = await Promise.all([
    connectRedis(config.redisUrl, logger),
    import('./redis-seen-store.ts'),
    import('./access/redis-rate-limiter.ts'),
    import('./access/redis-sandbox-slots.ts'),
  ]);
  const access = config.sandboxAccess;
  return {
    seen: createRedisSeenStore(link),
    limiter: createRedisRateLimiter(link, access.ratePerMin),
    // A command holds its slot at most for the sandbox's deadline (twice, for a dry run's listing); the lease outlasts that.
    slots: createRedisSandboxSlots(link, access.maxConcurrent, 2 * config.sandbox.timeoutMs + 5000),
    redis: link,
    close: () => link.close(),
  };
}

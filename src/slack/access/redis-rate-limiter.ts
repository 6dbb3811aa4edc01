import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisLink } from '../../ops/redis-link.ts';
import type { RateLimiter } from './rate-limiter.ts';

export const RATE_KEY_PREFIX = 'dockhand:rate';

/**
 * One budget per user across every replica: rate-limiter-flexible's Redis limiter (a fixed
 * one-minute window per user, counted atomically in Redis). While Redis is away its insurance
 * limiter counts in this process with the same budget, so runs go on, limited per replica.
 */
export function createRedisRateLimiter(link: RedisLink, perMinute: number): RateLimiter {
  const limiter = new RateLimiterRedis({
    storeClient: link.client,
    keyPrefix: RATE_KEY_PREFIX,
    points: perMinute,
    duration: 60,
    // Not ready means disconnected: go straight to the insurance instead of waiting on a command.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ points: perMinute, duration: 60 }),
  });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return true;
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        // The refused attempt was counted too; give it back so that, as in this process's own
        // limiter, only runs use the budget and a refund restores exactly one.
        await limiter.reward(key, 1).catch(() => undefined);
        return false;
      }
    },
    async refund(key) {
      // A refund lost to an outage costs the user one run at most; never an error in a reply.
      await limiter.reward(key, 1).catch(() => undefined);
    },
  };
}

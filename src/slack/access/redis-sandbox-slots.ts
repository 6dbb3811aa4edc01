import { randomUUID } from 'node:crypto';
import type { RedisLink } from '../../ops/redis-link.ts';
import { createSandboxSlots, type Release, type SandboxSlots } from './sandbox-slots.ts';

export const SLOTS_KEY = 'dockhand:sandbox-slots';

// Slots are leases in a sorted set scored by expiry, on Redis's clock (replicas' clocks may
// disagree): a replica that dies holding one frees it when the lease runs out.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  return 1
end
return 0
`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * At most `max` sandbox commands at once over every replica. `leaseMs` must outlast any one
 * command (the sandbox's own deadline bounds them). While Redis is away, this process's own
 * `max` slots are used instead.
 */
export function createRedisSandboxSlots(link: RedisLink, max: number, leaseMs: number): SandboxSlots {
  const local = createSandboxSlots(max);
  return {
    async acquire(waitMs) {
      const deadline = Date.now() + waitMs;
      const token = randomUUID();
      for (let pause = 5; ; pause = Math.min(pause * 2, 50)) {
        const got = await link.attempt((c) => c.eval(ACQUIRE, 1, SLOTS_KEY, leaseMs, max, token));
        if (!got.ok) return local.acquire(Math.max(0, deadline - Date.now()));
        if (got.value === 1) {
          let done = false;
          const release: Release = () => {
            if (done) return;
            done = true;
            void link.attempt((c) => c.zrem(SLOTS_KEY, token));
          };
          return release;
        }
        if (Date.now() + pause > deadline) return null;
        await sleep(pause);
      }
    },
  };
}

import type { Brain } from '../dispatch.ts';
import type { ReadinessCheck } from '../ops/readiness.ts';
import type { RedisLink } from '../ops/redis-link.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';

/**
 * What `/readyz` always reports: the cards (critical: without them nothing can be answered), the
 * sandbox engine and Redis (degraded only: questions are answered without the engine, and every
 * replica falls back to its own state without Redis).
 */
export function standardChecks(brain: Brain, sandbox: Sandbox | undefined, redis: RedisLink | null): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [
    {
      name: 'cards',
      critical: true,
      check: async () => {
        const n = brain.cards.all().length;
        return { ok: n > 0, detail: `${n} cards` };
      },
    },
  ];
  if (sandbox) {
    checks.push({
      name: 'engine',
      critical: false,
      check: async () => {
        const s = await sandbox.status();
        return s.reachable ? { ok: true, detail: `Docker Engine ${s.engineVersion}` } : { ok: false, detail: 'the sandbox engine is not reachable' };
      },
    });
  }
  if (redis) {
    checks.push({
      name: 'redis',
      critical: false,
      check: async () => {
        const pong = await redis.attempt((c) => c.ping());
        return pong.ok ? { ok: true } : { ok: false, detail: 'Redis is not reachable: replicas use their own state' };
      },
    });
  }
  return checks;
}

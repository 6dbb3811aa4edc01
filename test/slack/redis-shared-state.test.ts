import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { connectRedis, type RedisLink } from '../../src/ops/redis-link.ts';
import { createRedisRateLimiter } from '../../src/slack/access/redis-rate-limiter.ts';
import { createRedisSandboxSlots } from '../../src/slack/access/redis-sandbox-slots.ts';
import { createRedisSeenStore } from '../../src/slack/redis-seen-store.ts';
import { describeWithRedis } from '../redis-context.ts';
import { startRedisServer, type RedisServer } from '../setup/redis-server.ts';
import { lineSink } from './line-sink.ts';

async function eventually(ok: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); ) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describeWithRedis('shared state through a real Redis (two replicas = two connections)', () => {
  let redis: RedisServer;
  let links: RedisLink[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterEach(async () => {
    await Promise.all(links.map((l) => l.close()));
    links = [];
    if (!(await redis.restart().then(() => true))) throw new Error('redis did not restart');
  });
  afterAll(() => redis.stop());

  const replicas = async (n = 2) => {
    const made = await Promise.all(Array.from({ length: n }, () => connectRedis(redis.url, pino(lineSink()))));
    links.push(...made);
    return made;
  };

  it('seen store: an event id is handled by the first replica only', async () => {
    const [a, b] = (await replicas()).map((l) => createRedisSeenStore(l));
    expect(await a!.seenBefore('Ev1')).toBe(false);
    expect(await b!.seenBefore('Ev1')).toBe(true);
    expect(await a!.seenBefore('Ev1')).toBe(true);
    expect(await b!.seenBefore('Ev2')).toBe(false);
  });

  it('seen store: ids a restarted (empty) Redis lost are written back by the replicas that remember them', async () => {
    const [la, lb] = await replicas();
    const [a, b] = [createRedisSeenStore(la!), createRedisSeenStore(lb!)];
    expect(await a!.seenBefore('EvBefore')).toBe(false);
    await redis.restart(); // no persistence: EvBefore is gone from Redis
    await eventually(() => la!.up() && lb!.up());
    for (let i = 0; i < 40 && !(await lb!.client.exists('dockhand:event:EvBefore')); i++) await new Promise((r) => setTimeout(r, 25));
    expect(await b!.seenBefore('EvBefore')).toBe(true);
  });

  it('seen store: during an outage each replica carries on alone; afterwards what it saw counts for all', async () => {
    const [la, lb] = await replicas();
    const [a, b] = [createRedisSeenStore(la!), createRedisSeenStore(lb!)];
    await redis.halt();
    await eventually(() => !la!.up() && !lb!.up());
    expect(await a!.seenBefore('EvDown')).toBe(false);
    expect(await a!.seenBefore('EvDown')).toBe(true);
    await redis.restart();
    await eventually(() => la!.up() && lb!.up());
    // A's outage ids are written back on recovery; B then sees EvDown as handled.
    for (let i = 0; i < 40 && !(await lb!.client.exists('dockhand:event:EvDown')); i++) await new Promise((r) => setTimeout(r, 25));
    expect(await b!.seenBefore('EvDown')).toBe(true);
  });

  it('rate limiter: one budget per user over both replicas', async () => {
    const [a, b] = (await replicas()).map((l) => createRedisRateLimiter(l, 3));
    expect([await a!.take('U1'), await b!.take('U1'), await a!.take('U1'), await b!.take('U1')]).toEqual([true, true, true, false]);
    expect(await a!.take('U2')).toBe(true);
    await b!.refund('U1');
    expect(await a!.take('U1')).toBe(true);
    expect(await b!.take('U1')).toBe(false);
  });

  it('rate limiter: with Redis away each replica limits on its own, never throwing', async () => {
    const [la] = await replicas(1);
    const a = createRedisRateLimiter(la!, 2);
    await redis.halt();
    await eventually(() => !la!.up());
    expect([await a.take('U9'), await a.take('U9'), await a.take('U9')]).toEqual([true, true, false]);
    await a.refund('U9');
  });

  it('sandbox slots: a cap over both replicas; a freed slot goes to a waiter on the other', async () => {
    const [a, b] = (await replicas()).map((l) => createRedisSandboxSlots(l, 2, 10_000));
    const r1 = await a!.acquire(0);
    const r2 = await b!.acquire(0);
    expect(r1 && r2).toBeTruthy();
    expect(await a!.acquire(0)).toBeNull();
    const waiting = b!.acquire(5000);
    r1!();
    const r3 = await waiting;
    expect(r3).not.toBeNull();
    r2!();
    r3!();
  });

  it('sandbox slots: a slot its replica never gave back (it died) frees itself when the lease runs out', async () => {
    const [la, lb] = await replicas();
    const a = createRedisSandboxSlots(la!, 1, 300);
    const b = createRedisSandboxSlots(lb!, 1, 300);
    expect(await a.acquire(0)).not.toBeNull(); // never released
    expect(await b.acquire(0)).toBeNull();
    expect(await b.acquire(2000)).not.toBeNull();
  });

  it('sandbox slots: with Redis away each replica keeps its own cap', async () => {
    const [la] = await replicas(1);
    const a = createRedisSandboxSlots(la!, 1, 10_000);
    await redis.halt();
    await eventually(() => !la!.up());
    const held = await a.acquire(0);
    expect(held).not.toBeNull();
    expect(await a.acquire(0)).toBeNull();
    held!();
  });
});

import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectRedis, type RedisLink } from '../../src/ops/redis-link.ts';
import { describeWithRedis } from '../redis-context.ts';
import { startRedisServer, type RedisServer } from '../setup/redis-server.ts';
import { lineSink } from '../slack/line-sink.ts';

/** Polls until `ok()` holds (a reconnect takes up to about a second). */
async function eventually(ok: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); ) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describeWithRedis('connectRedis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(() => redis.stop());

  const open = async () => {
    const logs = lineSink();
    const link = await connectRedis(redis.url, pino(logs));
    return { link, logs, warnings: () => logs.lines().filter((l) => l.level === 40) };
  };

  it('runs commands while Redis is up', async () => {
    const { link, warnings } = await open();
    expect(link.up()).toBe(true);
    expect(await link.attempt((c) => c.ping())).toEqual({ ok: true, value: 'PONG' });
    expect(warnings()).toEqual([]);
    await link.close();
  });

  it('answers {ok: false} at once while Redis is away, warns once, and recovers by itself', async () => {
    const { link, logs, warnings } = await open();
    const changes: boolean[] = [];
    let recovered = 0;
    link.onChange((up) => changes.push(up));
    link.onRecover(() => recovered++);
    await redis.halt();
    await eventually(() => !link.up());
    // Redis stays down meanwhile: an attempt queued behind the reconnects would never settle.
    for (let i = 0; i < 20; i++) expect(await link.attempt((c) => c.ping())).toEqual({ ok: false });
    await new Promise((r) => setTimeout(r, 1500)); // several failed reconnects
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]!.msg).toMatch(/Redis is unreachable: .* fall back to this process/);
    await redis.restart();
    await eventually(() => link.up());
    expect(await link.attempt((c) => c.ping())).toEqual({ ok: true, value: 'PONG' });
    expect(recovered).toBe(1);
    expect(changes).toEqual([false, true]);
    expect(logs.lines().filter((l) => l.msg === 'Redis is back: replicas share state again')).toHaveLength(1);
    await link.close();
  });

  it('treats a stalled Redis (SIGSTOP) like one that is away, and notices when it answers again', async () => {
    const { link, warnings } = await open();
    redis.pause();
    try {
      expect(await link.attempt((c) => c.ping())).toEqual({ ok: false });
      expect(link.up()).toBe(false);
      expect(warnings()).toHaveLength(1);
    } finally {
      redis.resume();
    }
    await eventually(() => link.up());
    await link.close();
  });

  it('starts without Redis (one warning, no throw) and picks it up once it appears', async () => {
    await redis.halt();
    const { link, warnings } = await open();
    expect(link.up()).toBe(false);
    expect(warnings()).toHaveLength(1);
    await redis.restart();
    await eventually(() => link.up());
    await link.close();
  });

  it('never logs the password in the URL', async () => {
    const logs = lineSink();
    const link: RedisLink = await connectRedis(`redis://:hunter2@127.0.0.1:1`, pino(logs), { connectWaitMs: 200 });
    await link.close();
    expect(JSON.stringify(logs.lines())).not.toContain('hunter2');
    expect(logs.lines()[0]).toMatchObject({ level: 40, redis: 'redis://127.0.0.1:1' });
  });
});

import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

export type Attempt<T> = { ok: true; value: T } | { ok: false };

/**
 * The connection replicas share state through. Callers never wait on an outage: `attempt` answers
 * `{ok: false}` at once while Redis is away, and they fall back to this process's own state.
 */
export interface RedisLink {
  readonly client: Redis;
  /** True while commands reach Redis. */
  up(): boolean;
  /** Runs `op`; any failure (down, timed out, refused) notes an outage and yields `{ok: false}`. */
  attempt<T>(op: (client: Redis) => Promise<T>): Promise<Attempt<T>>;
  /** Called each time Redis is back after an outage (e.g. to hand over what was kept locally). */
  onRecover(listener: () => void): void;
  /** Called on every change between up and down (metrics). */
  onChange(listener: (up: boolean) => void): void;
  close(): Promise<void>;
}

export interface RedisLinkOptions {
  /** How long start-up waits for the first connection before going on without it. */
  connectWaitMs?: number;
  /** Per command; a stalled Redis must not stall a reply. */
  commandTimeoutMs?: number;
}

// Reconnect for ever, backing off to once a second, so an outage ends by itself.
const retryStrategy = (times: number) => Math.min(50 * 2 ** Math.min(times, 5), 1000);

/** The URL's password never reaches the log. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return 'REDIS_URL';
  }
}

/**
 * Connects to `url` (loading ioredis only now: without REDIS_URL nothing pays for it). Logs one
 * warning when Redis goes away, however many commands fail meanwhile, and one line when it is back.
 */
export async function connectRedis(url: string, logger: Logger, options: RedisLinkOptions = {}): Promise<RedisLink> {
  const { Redis } = await import('ioredis');
  const redisOptions: RedisOptions = {
    // Fail fast instead of queueing while disconnected: the caller falls back to local state.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 500,
    connectTimeout: 1000,
    retryStrategy,
    connectionName: 'dockhand',
  };
  const client = new Redis(url, redisOptions);
  const log = logger.child({ component: 'redis', redis: where(url) });
  let healthy = false;
  /** Whether the current outage (or the failed start) has been logged. */
  let warned = false;
  let closing = false;
  let probe: NodeJS.Timeout | undefined;
  const recovered: (() => void)[] = [];
  const changed: ((up: boolean) => void)[] = [];

  const up = () => {
    clearInterval(probe);
    probe = undefined;
    if (healthy) return;
    const outage = warned;
    healthy = true;
    warned = false;
    for (const l of changed) l(true);
    if (outage) {
      log.info('Redis is back: replicas share state again');
      for (const l of recovered) l();
    }
  };
  const down = (reason: string) => {
    if (closing) return;
    if (!warned) log.warn({ reason }, 'Redis is unreachable: event de-duplication, rate limits and sandbox slots fall back to this process until it is back');
    warned = true;
    if (healthy) {
      healthy = false;
      for (const l of changed) l(false);
    }
    // A command that timed out on a live connection (a stalled server) gets no 'ready' event when
    // the server resumes: ping until it answers.
    probe ??= setInterval(() => {
      if (client.status === 'ready') client.ping().then(up, () => undefined);
    }, 1000).unref();
  };

  client.on('ready', up);
  // ioredis emits 'error' on every failed reconnect; without a listener each would crash the process.
  client.on('error', (err: Error) => down(err.message));
  client.on('close', () => down('connection closed'));

  await new Promise<void>((resolve) => {
    client.once('ready', () => resolve());
    setTimeout(resolve, options.connectWaitMs ?? 1000).unref();
  });
  if (!healthy) down('no connection at start-up');

  return {
    client,
    up: () => healthy,
    async attempt(op) {
      if (!healthy) return { ok: false };
      try {
        return { ok: true, value: await op(client) };
      } catch (err) {
        down((err as Error).message);
        return { ok: false };
      }
    },
    onRecover: (l) => void recovered.push(l),
    onChange: (l) => void changed.push(l),
    async close() {
      closing = true;
      clearInterval(probe);
      // QUIT waits for replies in flight; a Redis that is away gets a plain disconnect.
      if (healthy) await Promise.race([client.quit().catch(() => undefined), new Promise((r) => setTimeout(r, 500).unref())]);
      client.disconnect();
    },
  };
}

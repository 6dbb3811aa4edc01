import autocannon from 'autocannon';
import { sign } from '../../test/slack/signed-request.ts';

export interface LoadPlan {
  port: number;
  /** Requests per second over all connections (autocannon's `overallRate`). */
  rate: number;
  /** Seconds; or `amount` requests. */
  duration?: number;
  amount?: number;
  connections: number;
  /** The i-th request's form body. */
  body(i: number): string;
}

export interface LoadResult {
  /** Bodies built, i.e. the request numbers used were 0 … built-1. */
  built: number;
  ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
  p50: number;
  p99: number;
  /** 2xx answers per second actually achieved. */
  rps: number;
}

/** The q-quantile of sorted values (nearest rank). */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * Signed `/docker` commands at a fixed rate, each with a fresh signature, as Slack sends them.
 * Latencies come from autocannon's per-response event (sub-millisecond, without its
 * coordinated-omission padding) rather than its whole-millisecond histogram.
 */
export async function signedLoad(plan: LoadPlan): Promise<LoadResult> {
  let i = 0;
  const latencies: number[] = [];
  // Without a callback autocannon returns its event emitter, made thenable.
  const instance = autocannon({
    url: `http://127.0.0.1:${plan.port}`,
    connections: plan.connections,
    overallRate: plan.rate,
    ignoreCoordinatedOmission: true,
    ...(plan.amount ? { amount: plan.amount } : { duration: plan.duration ?? 5 }),
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => {
          const body = plan.body(i++);
          const ts = Math.floor(Date.now() / 1000);
          return {
            ...req,
            method: 'POST',
            path: '/slack/events',
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
            body,
          };
        },
      },
    ],
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const ok = result['2xx'];
  return {
    built: i,
    ok,
    errors: result.non2xx + result.errors,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    rps: ok / result.duration,
  };
}

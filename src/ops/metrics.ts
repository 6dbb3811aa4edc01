import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Readiness } from './readiness.ts';

/** What Dockhand counts; every name is prefixed `dockhand_` in the exposition. */
export interface Metrics {
  /** A request handed over by the receiver (HTTP or Socket Mode), by surface. */
  request(surface: string): void;
  /** Its ack, with the time from hand-over to ack. */
  ack(surface: string, seconds: number): void;
  /** A reply sent to Slack, by kind (answer, run, refused…). */
  reply(kind: string): void;
  /** One sandbox attempt as the audit line records it. */
  sandbox(outcome: string, code: string | null, seconds: number): void;
  /** An event dropped as already handled (a Slack retry, or one another replica got). */
  duplicate(): void;
  error(where: string): void;
  /** Redis reachability as the link sees it, the moment it changes. */
  redisUp(up: boolean): void;
  /** Where the number of requests still being handled (acked or not, replies pending) is read at scrape time. */
  inFlightFrom(count: () => number): void;
  /** The Prometheus text exposition, readiness checks included. */
  render(): Promise<{ contentType: string; body: string }>;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * prom-client metrics in a registry of their own (so several apps in one process never clash),
 * with Node's process metrics. `readiness` feeds `dockhand_ready{check}` (engine, redis, database…)
 * at scrape time, from the same cached results `/readyz` shows.
 */
export function createMetrics(readiness?: Readiness): Metrics {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'dockhand_' });
  const requests = new Counter({ name: 'dockhand_requests_total', help: 'Requests from Slack, by surface', labelNames: ['surface'], registers: [register] });
  const acks = new Histogram({
    name: 'dockhand_ack_seconds', help: 'Time from receiving a request to acking it, by surface', labelNames: ['surface'],
    buckets: LATENCY_BUCKETS, registers: [register],
  });
  const replies = new Counter({ name: 'dockhand_replies_total', help: 'Replies sent, by kind', labelNames: ['kind'], registers: [register] });
  const sandboxRuns = new Counter({
    name: 'dockhand_sandbox_runs_total', help: 'Sandbox attempts, by outcome and code', labelNames: ['outcome', 'code'], registers: [register],
  });
  const sandboxSeconds = new Histogram({
    name: 'dockhand_sandbox_seconds', help: 'Sandbox attempt duration, by outcome', labelNames: ['outcome'], buckets: LATENCY_BUCKETS, registers: [register],
  });
  const duplicates = new Counter({ name: 'dockhand_duplicate_events_total', help: 'Events dropped as already handled', registers: [register] });
  const errors = new Counter({ name: 'dockhand_errors_total', help: 'Errors, by where they happened', labelNames: ['where'], registers: [register] });
  const redis = new Gauge({ name: 'dockhand_redis_up', help: '1 while Redis is reachable (absent without REDIS_URL)', registers: [register] });
  let inFlight = () => 0;
  new Gauge({
    name: 'dockhand_in_flight', help: 'Requests received and not yet fully handled (replies included)', registers: [register],
    collect() {
      this.set(inFlight());
    },
  });
  if (readiness) {
    new Gauge({
      name: 'dockhand_ready', help: '1 when the readiness check passes, by check', labelNames: ['check'], registers: [register],
      async collect() {
        const report = await readiness.run();
        this.reset();
        for (const [check, r] of Object.entries(report.checks)) this.set({ check }, r.ok ? 1 : 0);
      },
    });
  }
  return {
    request: (surface) => requests.inc({ surface }),
    ack: (surface, seconds) => acks.observe({ surface }, seconds),
    reply: (kind) => replies.inc({ kind }),
    sandbox(outcome, code, seconds) {
      sandboxRuns.inc({ outcome, code: code ?? 'none' });
      sandboxSeconds.observe({ outcome }, seconds);
    },
    duplicate: () => duplicates.inc(),
    error: (where) => errors.inc({ where }),
    redisUp: (up) => redis.set(up ? 1 : 0),
    inFlightFrom: (count) => void (inFlight = count),
    render: async () => ({ contentType: register.contentType, body: await register.metrics() }),
  };
}

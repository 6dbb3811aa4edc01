export interface CheckResult {
  ok: boolean;
  /** What a person reading `/readyz` needs: a count, a version, or why it failed. */
  detail?: string;
}

export interface ReadinessCheck {
  /** Shown in `/readyz` and as the `check` label of `dockhand_ready`: cards, engine, redis, database… */
  name: string;
  /**
   * A failing critical check takes this replica out of rotation (503). The others only mark it
   * degraded (200): Dockhand still answers without them, and a shared dependency that is down for
   * every replica must not take every replica out at once.
   */
  critical: boolean;
  check(): Promise<CheckResult>;
}

export interface CheckReport extends CheckResult {
  critical: boolean;
  ms: number;
}

export interface ReadinessReport {
  /** `unready` also while stopping, so a load balancer stops sending new work. */
  status: 'ready' | 'degraded' | 'unready';
  stopping: boolean;
  checks: Record<string, CheckReport>;
}

export interface Readiness {
  register(check: ReadinessCheck): void;
  run(): Promise<ReadinessReport>;
  markStopping(): void;
}

export interface ReadinessOptions {
  /** A check slower than this fails ("timed out"). */
  timeoutMs?: number;
  /** Probes and scrapes come often; a result this fresh is reused instead of asking the engine again. */
  cacheMs?: number;
  now?: () => number;
}

async function timed(check: ReadinessCheck, timeoutMs: number): Promise<CheckReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const result = await Promise.race([check.check().catch((err: unknown) => ({ ok: false, detail: (err as Error).message ?? String(err) })), late]);
  clearTimeout(timer);
  return { ...result, critical: check.critical, ms: Math.round(performance.now() - started) };
}

/** The registry `/readyz` reports: every check by name; another part (the store) adds its own with `register`. */
export function createReadiness(options: ReadinessOptions = {}): Readiness {
  const timeoutMs = options.timeoutMs ?? 2000;
  const cacheMs = options.cacheMs ?? 1000;
  const now = options.now ?? Date.now;
  const checks = new Map<string, ReadinessCheck>();
  let stopping = false;
  let cached: { at: number; report: Promise<ReadinessReport> } | undefined;

  const evaluate = async (): Promise<ReadinessReport> => {
    const entries = await Promise.all([...checks.values()].map(async (c) => [c.name, await timed(c, timeoutMs)] as const));
    const results = Object.fromEntries(entries);
    const failed = entries.filter(([, r]) => !r.ok);
    const status = stopping || failed.some(([, r]) => r.critical) ? 'unready' : failed.length > 0 ? 'degraded' : 'ready';
    return { status, stopping, checks: results };
  };

  return {
    register(check) {
      checks.set(check.name, check);
      cached = undefined;
    },
    async run() {
      if (!cached || now() - cached.at >= cacheMs) cached = { at: now(), report: evaluate() };
      const report = await cached.report;
      return stopping ? { ...report, status: 'unready', stopping } : report;
    },
    markStopping() {
      stopping = true;
    },
  };
}

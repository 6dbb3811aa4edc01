import { describe, expect, it } from 'vitest';
import { createReadiness, type ReadinessCheck } from '../../src/ops/readiness.ts';

const check = (name: string, critical: boolean, result: () => Promise<{ ok: boolean; detail?: string }>): ReadinessCheck => ({ name, critical, check: result });
const passing = (name: string, critical = true) => check(name, critical, async () => ({ ok: true, detail: `${name} fine` }));

describe('createReadiness', () => {
  it('is ready when every check passes, and names each', async () => {
    const r = createReadiness();
    r.register(passing('cards'));
    r.register(passing('engine', false));
    const report = await r.run();
    expect(report.status).toBe('ready');
    expect(report.stopping).toBe(false);
    expect(report.checks).toMatchObject({ cards: { ok: true, critical: true, detail: 'cards fine' }, engine: { ok: true, critical: false } });
  });

  it('is degraded when only non-critical checks fail, unready when a critical one does', async () => {
    const r = createReadiness({ cacheMs: 0 });
    r.register(passing('cards'));
    r.register(check('redis', false, async () => ({ ok: false, detail: 'away' })));
    expect((await r.run()).status).toBe('degraded');
    r.register(check('database', true, async () => ({ ok: false })));
    const report = await r.run();
    expect(report.status).toBe('unready');
    expect(report.checks.redis).toMatchObject({ ok: false, detail: 'away' });
  });

  it('fails a check that throws or hangs, with why, instead of hanging the probe', async () => {
    const r = createReadiness({ timeoutMs: 50 });
    r.register(check('engine', false, async () => {
      throw new Error('connect ECONNREFUSED');
    }));
    r.register(check('database', false, () => new Promise(() => {})));
    const report = await r.run();
    expect(report.checks.engine).toMatchObject({ ok: false, detail: 'connect ECONNREFUSED' });
    expect(report.checks.database).toMatchObject({ ok: false, detail: 'no answer within 50 ms' });
    expect(report.status).toBe('degraded');
  });

  it('reuses a fresh result instead of asking again on every probe', async () => {
    let now = 0;
    let calls = 0;
    const r = createReadiness({ cacheMs: 1000, now: () => now });
    r.register(check('engine', false, async () => ({ ok: ++calls > 0 })));
    await r.run();
    await r.run();
    expect(calls).toBe(1);
    now = 1000;
    await r.run();
    expect(calls).toBe(2);
  });

  it('is unready from the moment it is stopping, whatever the checks say', async () => {
    const r = createReadiness();
    r.register(passing('cards'));
    await r.run();
    r.markStopping();
    expect(await r.run()).toMatchObject({ status: 'unready', stopping: true });
  });
});

import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ReplayGuard, SIGNATURE_WINDOW_SEC } from '../../../src/slack/http/replay-guard.ts';

const sign = (ts: number, body: string) => `v0=${createHmac('sha256', 'secret').update(`v0:${ts}:${body}`).digest('hex')}`;

describe('ReplayGuard', () => {
  it('lets a signed request through once, and its replay (any letter case) not again within the window', () => {
    let now = 1_000_000;
    const guard = new ReplayGuard(100, () => now);
    expect(guard.firstTime(now, sign(now, 'a'))).toBe(true);
    expect(guard.firstTime(now, sign(now, 'a').toUpperCase())).toBe(false);
    expect(guard.firstTime(now, sign(now, 'b'))).toBe(true);
    expect(guard.firstTime(now + 1, sign(now + 1, 'a'))).toBe(true);
    now += SIGNATURE_WINDOW_SEC + 1;
    // Past the window the request's timestamp is refused before the guard is asked; the guard forgets it.
    expect(guard.firstTime(now - SIGNATURE_WINDOW_SEC - 1, sign(now - SIGNATURE_WINDOW_SEC - 1, 'a'))).toBe(true);
  });

  it('forgets the oldest first past its capacity', () => {
    const now = 1_000_000;
    const guard = new ReplayGuard(3, () => now);
    for (const body of ['1', '2', '3', '4']) expect(guard.firstTime(now, sign(now, body))).toBe(true);
    expect(guard.firstTime(now, sign(now, '4'))).toBe(false);
    expect(guard.firstTime(now, sign(now, '1'))).toBe(true);
  });
});

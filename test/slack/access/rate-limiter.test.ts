import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/slack/access/rate-limiter.ts';

describe('createRateLimiter', () => {
  it('allows N runs per user per minute, then refuses until the window slides', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(2, () => now);
    expect(limiter.take('U1')).toBe(true);
    now += 10_000;
    expect(limiter.take('U1')).toBe(true);
    expect(limiter.take('U1')).toBe(false);
    expect(limiter.take('U2')).toBe(true);
    now += 50_001;
    expect(limiter.take('U1')).toBe(true);
    expect(limiter.take('U1')).toBe(false);
  });

  it('gives a refunded run back', () => {
    const limiter = createRateLimiter(1, () => 0);
    expect(limiter.take('U1')).toBe(true);
    limiter.refund('U1');
    expect(limiter.take('U1')).toBe(true);
    expect(limiter.take('U1')).toBe(false);
  });

  it('ignores a refund for a user with nothing taken', () => {
    const limiter = createRateLimiter(1, () => 0);
    limiter.refund('nobody');
    expect(limiter.take('nobody')).toBe(true);
  });
});

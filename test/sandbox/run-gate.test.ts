import { describe, expect, it } from 'vitest';
import { isDockhandError } from '../../src/errors.ts';
import { RunGate } from '../../src/sandbox/run-gate.ts';

const never = () => new AbortController().signal;

describe('RunGate', () => {
  it('lets `limit` runs in at once and the next one in, in order, as each leaves', async () => {
    const gate = new RunGate(2);
    const a = await gate.acquire(never());
    const b = await gate.acquire(never());
    const order: string[] = [];
    const c = gate.acquire(never()).then((release) => (order.push('c'), release));
    const d = gate.acquire(never()).then((release) => (order.push('d'), release));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    a();
    a(); // twice is once
    await c;
    expect(order).toEqual(['c']);
    b();
    await d;
    expect(order).toEqual(['c', 'd']);
  });

  it('says SANDBOX_BUSY when the deadline passes while waiting, and forgets the waiter', async () => {
    const gate = new RunGate(1);
    const held = await gate.acquire(never());
    const deadline = new AbortController();
    const waiting = gate.acquire(deadline.signal);
    deadline.abort();
    const err = await waiting.catch((e: unknown) => e);
    expect(isDockhandError(err, 'SANDBOX_BUSY')).toBe(true);
    held();
    const next = await gate.acquire(never());
    expect(typeof next).toBe('function');
  });

  it('refuses at once past the longest queue it keeps', async () => {
    const gate = new RunGate(1, 1);
    await gate.acquire(never());
    void gate.acquire(never());
    expect(isDockhandError(await gate.acquire(never()).catch((e: unknown) => e), 'SANDBOX_BUSY')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createSandboxSlots } from '../../../src/slack/access/sandbox-slots.ts';

describe('createSandboxSlots', () => {
  it('grants up to N at once and refuses the next when it may not wait', async () => {
    const slots = createSandboxSlots(2);
    const a = await slots.acquire(0);
    const b = await slots.acquire(0);
    expect(a && b).toBeTruthy();
    expect(await slots.acquire(0)).toBeNull();
    a!();
    expect(await slots.acquire(0)).not.toBeNull();
  });

  it('hands a freed slot to the longest waiter first', async () => {
    const slots = createSandboxSlots(1);
    const first = (await slots.acquire(0))!;
    const order: string[] = [];
    const w1 = slots.acquire(10_000).then((r) => (order.push('w1'), r));
    const w2 = slots.acquire(10_000).then((r) => (order.push('w2'), r));
    first();
    (await w1)!();
    (await w2)!();
    expect(order).toEqual(['w1', 'w2']);
  });

  it('gives up after the wait, and a slot released twice is given back once', async () => {
    const slots = createSandboxSlots(1);
    const held = (await slots.acquire(0))!;
    expect(await slots.acquire(20)).toBeNull();
    held();
    held();
    const again = await slots.acquire(0);
    expect(again).not.toBeNull();
    expect(await slots.acquire(0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../src/slack/in-flight.ts';

describe('createInFlight', () => {
  it('drains only after every tracked piece of work has settled', async () => {
    const inFlight = createInFlight();
    let release!: () => void;
    const order: string[] = [];
    const work = inFlight.track(new Promise<void>((r) => (release = r)).then(() => order.push('listener')));
    expect(inFlight.count()).toBe(1);
    const drained = inFlight.drained().then(() => order.push('drained'));
    release();
    await Promise.all([work, drained]);
    expect(order).toEqual(['listener', 'drained']);
    expect(inFlight.count()).toBe(0);
  });

  it('drains at once when idle, and counts a failure as settled', async () => {
    const inFlight = createInFlight();
    await inFlight.drained();
    await expect(inFlight.track(Promise.reject(new Error('x')))).rejects.toThrow('x');
    await inFlight.drained();
    expect(inFlight.count()).toBe(0);
  });
});

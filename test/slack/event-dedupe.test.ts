import { describe, expect, it } from 'vitest';
import { createSeenStore } from '../../src/slack/event-dedupe.ts';

describe('createSeenStore', () => {
  it('reports an id as seen on its second delivery only', () => {
    const store = createSeenStore();
    expect(store.seenBefore('Ev1')).toBe(false);
    expect(store.seenBefore('Ev1')).toBe(true);
    expect(store.seenBefore('Ev2')).toBe(false);
  });

  it('forgets ids after the TTL', () => {
    let now = 0;
    const store = createSeenStore(1000, 100, () => now);
    store.seenBefore('Ev1');
    now = 999;
    expect(store.seenBefore('Ev1')).toBe(true);
    now = 5000;
    expect(store.seenBefore('Ev1')).toBe(false);
  });

  it('stays bounded, dropping the oldest ids first', () => {
    const store = createSeenStore(60_000, 3, () => 0);
    for (const id of ['a', 'b', 'c', 'd']) store.seenBefore(id);
    expect(store.seenBefore('d')).toBe(true);
    expect(store.seenBefore('a')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { PackedIndex } from '../../src/match/packed-index.ts';

describe('PackedIndex', () => {
  const keys = ['w:container', 'h:容器', 'c:con', '', 'w:contain', 'f:-a', 'w:container2', 'h:𝑥容'];
  const index = new PackedIndex(keys);

  it('answers as a Map of the same keys would, for every key and for near misses', () => {
    const map = new Map(keys.map((k, i) => [k, i]));
    for (const probe of [...keys, 'w:containe', 'w:container ', 'h:容', 'W:container', 'c:co', 'x', 'h:𝑥']) expect(index.get(probe)).toBe(map.get(probe));
    expect([...index.keys()]).toEqual(keys);
    expect(index.size).toBe(keys.length);
  });

  it('finds every one of many keys, through collisions in a table filled half way', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `k:${i.toString(36)}`);
    const big = new PackedIndex(many);
    expect(many.every((k, i) => big.get(k) === i)).toBe(true);
    expect(big.get('k:zzzzzz')).toBeUndefined();
  });

  it('refuses a duplicate key or one holding the separator, instead of answering wrongly', () => {
    expect(() => new PackedIndex(['a', 'b', 'a'])).toThrow(/duplicate key "a"/);
    expect(() => new PackedIndex(['a\u0000b'])).toThrow(/U\+0000/);
  });

  it('is empty when given nothing', () => {
    expect(new PackedIndex([]).get('a')).toBeUndefined();
  });
});

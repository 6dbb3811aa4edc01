import { describe, expect, it } from 'vitest';
import { naturalLess, sortNatural } from '../../../src/sandbox/format/natural-less.ts';

describe('naturalLess (fvbommel/sortorder)', () => {
  it('compares digit runs as numbers', () => {
    expect(naturalLess('data-9', 'data-10')).toBe(true);
    expect(naturalLess('data-10', 'data-9')).toBe(false);
    expect(naturalLess('80/tcp', '9000/tcp')).toBe(true);
  });

  it('puts digits before letters and uppercase before lowercase (bytewise)', () => {
    expect(naturalLess('1abc', 'abc')).toBe(true);
    expect(naturalLess('Net9', 'host')).toBe(true);
  });

  it('breaks ties by fewer leading zeros, then by length', () => {
    expect(naturalLess('a01', 'a001')).toBe(true);
    expect(naturalLess('a1', 'a01')).toBe(true);
    expect(naturalLess('abc', 'abcd')).toBe(true);
    expect(naturalLess('same', 'same')).toBe(false);
  });

  it('sorts UTF-8 names after ASCII', () => {
    expect(sortNatural(['資料', 'net10', 'net9', 'host'], (x) => x)).toEqual(['host', 'net9', 'net10', '資料']);
  });
});

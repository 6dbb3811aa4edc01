import { describe, expect, it } from 'vitest';
import { bytesSize, humanSize, humanSizeWithPrecision } from '../../../src/sandbox/format/human-size.ts';

describe('go-units sizes', () => {
  it('uses decimal units and %.3g for the CLI tables', () => {
    expect(humanSizeWithPrecision(0, 3)).toBe('0B');
    expect(humanSizeWithPrecision(999, 3)).toBe('999B');
    expect(humanSizeWithPrecision(1000, 3)).toBe('1kB');
    expect(humanSizeWithPrecision(5590, 3)).toBe('5.59kB');
    expect(humanSizeWithPrecision(72_800_000, 3)).toBe('72.8MB');
    expect(humanSizeWithPrecision(999_999, 3)).toBe('1e+03kB');
  });

  it('uses four digits for system df', () => {
    expect(humanSize(2_744_680)).toBe('2.745MB');
    expect(humanSize(6000)).toBe('6kB');
  });

  it('uses binary units for memory', () => {
    expect(bytesSize(327_680)).toBe('320KiB');
    expect(bytesSize(25_276_502_016)).toBe('23.54GiB');
    expect(bytesSize(0)).toBe('0B');
    expect(bytesSize(1536)).toBe('1.5KiB');
  });
});

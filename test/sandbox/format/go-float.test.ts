import { describe, expect, it } from 'vitest';
import { formatF, formatG } from '../../../src/sandbox/format/go-float.ts';

describe('formatG (Go %.Ng)', () => {
  it('drops trailing zeros and the point', () => {
    expect(formatG(1.5, 3)).toBe('1.5');
    expect(formatG(100, 3)).toBe('100');
    expect(formatG(0, 3)).toBe('0');
    expect(formatG(1.98225, 3)).toBe('1.98');
  });

  it('switches to an exponent when rounding reaches the precision', () => {
    expect(formatG(999.999, 3)).toBe('1e+03');
    expect(formatG(999.95, 4)).toBe('1000');
    expect(formatG(123456, 3)).toBe('1.23e+05');
    expect(formatG(0.0000123, 3)).toBe('1.23e-05');
  });

  it('rounds exact ties to even, unlike toPrecision', () => {
    expect(formatG(1.125, 3)).toBe('1.12');
    expect(formatG(1.375, 3)).toBe('1.38');
    expect(formatG(2.5, 1)).toBe('2');
  });

  it('keeps the sign', () => {
    expect(formatG(-2.5, 3)).toBe('-2.5');
  });
});

describe('formatF (Go FormatFloat f)', () => {
  it('pads to the precision', () => {
    expect(formatF(0, 2)).toBe('0.00');
    expect(formatF(50, 2)).toBe('50.00');
    expect(formatF(0.0001, 2)).toBe('0.00');
  });

  it('rounds exact ties to even and inexact ones by their true value', () => {
    expect(formatF(0.125, 2)).toBe('0.12');
    expect(formatF(0.375, 2)).toBe('0.38');
    expect(formatF(1.005, 2)).toBe('1.00');
    expect(formatF(99.999, 2)).toBe('100.00');
  });
});

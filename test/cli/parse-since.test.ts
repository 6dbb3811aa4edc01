import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/cli/parse-since.ts';

const NOW = Date.UTC(2026, 11, 1, 12);

describe('parseSince', () => {
  it('takes durations back from now and past dates', () => {
    expect(parseSince('7d', NOW)).toBe(NOW - 7 * 86_400_000);
    expect(parseSince('24h', NOW)).toBe(NOW - 86_400_000);
    expect(parseSince('2w', NOW)).toBe(NOW - 14 * 86_400_000);
    expect(parseSince('90m', NOW)).toBe(NOW - 90 * 60_000);
    expect(parseSince('2026-11-01', NOW)).toBe(Date.UTC(2026, 10, 1));
    expect(parseSince('2026-11-30T08:00:00Z', NOW)).toBe(Date.UTC(2026, 10, 30, 8));
  });

  it('says what it takes for anything else, and refuses the future', () => {
    for (const bad of ['', '7', 'd7', '7 days', '-7d', '2026-13-45', '2027-01-01', 'yesterday']) {
      expect(() => parseSince(bad, NOW)).toThrow(/--since takes a duration such as 7d/);
    }
  });
});

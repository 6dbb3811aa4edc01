import { describe, expect, it } from 'vitest';
import { createdAgo, humanDuration } from '../../../src/sandbox/format/human-duration.ts';

const s = 1000;
const h = 3600 * s;

describe('humanDuration (go-units)', () => {
  it.each([
    [-5 * s, 'Less than a second'],
    [999, 'Less than a second'],
    [1 * s, '1 second'],
    [59 * s + 999, '59 seconds'],
    [60 * s, 'About a minute'],
    [119 * s, 'About a minute'],
    [120 * s, '2 minutes'],
    [59 * 60 * s, '59 minutes'],
    [60 * 60 * s, 'About an hour'],
    [1.49 * h, 'About an hour'],
    [1.5 * h, '2 hours'],
    [47.4 * h, '47 hours'],
    [48 * h, '2 days'],
    [335 * h, '13 days'],
    [336 * h, '2 weeks'],
    [60 * 24 * h, '2 months'],
    [2 * 365 * 24 * h, '2 years'],
  ])('%d ms → %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('measures Unix seconds against the given clock', () => {
    expect(createdAgo(1000, new Date(1_030_500))).toBe('30 seconds ago');
  });
});

import { describe, expect, it } from 'vitest';
import { boundOutput, SLACK_BOUNDS } from '../../src/sandbox/bound-output.ts';

const table = (rows: number, width = 20) =>
  ['HEADER'.padEnd(width), ...Array.from({ length: rows }, (_, i) => `row ${i + 1}`.padEnd(width))].join('\n') + '\n';

describe('boundOutput', () => {
  it('leaves short output alone, including empty output', () => {
    expect(boundOutput('')).toBe('');
    expect(boundOutput(table(3))).toBe(table(3));
    expect(boundOutput(table(SLACK_BOUNDS.maxRows - 1))).toBe(table(SLACK_BOUNDS.maxRows - 1));
  });

  it('cuts rows, keeps the header, and says how many more there are', () => {
    const out = boundOutput(table(100));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(SLACK_BOUNDS.maxRows);
    expect(lines[0]).toMatch(/^HEADER/);
    expect(lines.at(-2)).toMatch(/^row 38 /);
    expect(lines.at(-1)).toBe('… and 62 more');
  });

  it('cuts at line ends to stay within the character budget', () => {
    const out = boundOutput(table(30, 200));
    expect(out.length).toBeLessThanOrEqual(SLACK_BOUNDS.maxChars);
    const lines = out.trimEnd().split('\n');
    const kept = lines.length - 1;
    expect(lines.slice(0, -1).every((l) => l.length === 200)).toBe(true);
    expect(lines.at(-1)).toBe(`… and ${31 - kept} more`);
  });

  it('cuts a single overlong line mid-line', () => {
    const out = boundOutput('x'.repeat(10_000));
    expect(out.length).toBeLessThanOrEqual(SLACK_BOUNDS.maxChars);
    expect(out).toMatch(/^x+…\n$/);
    const two = boundOutput(`${'x'.repeat(5000)}\nsecond\n`);
    expect(two.length).toBeLessThanOrEqual(SLACK_BOUNDS.maxChars);
    expect(two.endsWith('…\n… and 1 more\n')).toBe(true);
  });

  it('speaks the reply language', () => {
    expect(boundOutput(table(50), 'zh-TW').trimEnd().split('\n').at(-1)).toBe('… 還有 12 行');
    expect(boundOutput(table(50), 'zh-CN').trimEnd().split('\n').at(-1)).toBe('… 还有 12 行');
  });

  it('honours custom bounds', () => {
    expect(boundOutput('a\nb\nc\nd\n', 'en', { maxRows: 3, maxChars: 1000 })).toBe('a\nb\n… and 2 more\n');
  });
});

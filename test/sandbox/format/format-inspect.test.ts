import { describe, expect, it } from 'vitest';
import { formatInspect, formatInspectBounded } from '../../../src/sandbox/format/format-inspect.ts';
import { engineJson, golden } from './engine-fixture.ts';

const container = engineJson<unknown>('inspect-container.json');

describe('formatInspect', () => {
  const out = formatInspect([container]);
  const cliLines = golden('inspect-container.txt').split('\n');
  const ours = out.split('\n');

  it('matches the CLI line for line, except where a secret was replaced or a host path hidden', () => {
    expect(ours.length).toBe(cliLines.length);
    const differing = ours.map((line, i) => [line, cliLines[i]] as const).filter(([a, b]) => a !== b);
    expect(differing.filter(([line]) => line.includes('<redacted>'))).toHaveLength(7);
    const hidden = differing.filter(([line]) => line.includes('<hidden>'));
    expect(hidden.map(([line]) => line.trim().split('"')[1]).sort()).toEqual(
      ['HostnamePath', 'HostsPath', 'LogPath', 'ResolvConfPath', 'SandboxKey'],
    );
    for (const [, cli] of hidden) expect(cli).toMatch(/": "\//);
    expect(differing.length).toBe(7 + hidden.length);
  });

  it('hides every environment value but keeps the names', () => {
    expect(out).toContain('"API_TOKEN=<redacted>"');
    expect(out).toContain('"PATH=<redacted>"');
    expect(out).toContain('"NO_VALUE"');
    for (const secret of ['xoxb-not-a-real-token', 's3cr3t', 'hunter2', 'AKIAABCDEFGHIJKLMNOP', 'abc123']) {
      expect(out).not.toContain(secret);
    }
  });

  it('prints within a budget, redacting only what it prints, and counts the lines it left out', () => {
    const total = formatInspect([container]).split('\n').length - 1;
    const cut = formatInspectBounded([container], { rows: 40, chars: 100_000 }, total);
    expect(cut.text.split('\n')).toHaveLength(41);
    expect(cut.text).toBe(ours.slice(0, 40).join('\n') + '\n');
    expect(cut.more).toBe(total - 40);
    const byChars = formatInspectBounded([container], { rows: 1000, chars: 500 }, total);
    expect(byChars.text.length).toBeLessThanOrEqual(500);
    expect(byChars.more + byChars.text.split('\n').length - 1).toBe(total);
  });

  it('cuts a huge string before redacting it, whole secrets at the cut included', () => {
    const huge = { Labels: { note: `${'x'.repeat(200_000)} AKIAABCDEFGHIJKLMNOP ${'y'.repeat(1_000_000)}` } };
    const started = performance.now();
    const out = formatInspectBounded([huge], { rows: 500, chars: 200_010 }, 6);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(out.text).not.toContain('AKIA');
    expect(out.text.length).toBeLessThanOrEqual(200_010);
  });

  it('prints an empty array as the CLI does', () => {
    expect(formatInspect([])).toBe('[]\n');
  });
});

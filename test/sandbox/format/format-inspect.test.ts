import { describe, expect, it } from 'vitest';
import { formatInspect } from '../../../src/sandbox/format/format-inspect.ts';
import { engineJson, golden } from './engine-fixture.ts';

const container = engineJson<unknown>('inspect-container.json');

describe('formatInspect', () => {
  const out = formatInspect([container]);
  const cliLines = golden('inspect-container.txt').split('\n');
  const ours = out.split('\n');

  it('matches the CLI line for line, except where a secret was replaced', () => {
    expect(ours.length).toBe(cliLines.length);
    const differing = ours.map((line, i) => [line, cliLines[i]] as const).filter(([a, b]) => a !== b);
    for (const [line] of differing) expect(line).toContain('<redacted>');
    expect(differing.length).toBe(7);
  });

  it('hides every environment value but keeps the names', () => {
    expect(out).toContain('"API_TOKEN=<redacted>"');
    expect(out).toContain('"PATH=<redacted>"');
    expect(out).toContain('"NO_VALUE"');
    for (const secret of ['xoxb-not-a-real-token', 's3cr3t', 'hunter2', 'AKIAABCDEFGHIJKLMNOP', 'abc123']) {
      expect(out).not.toContain(secret);
    }
  });

  it('prints an empty array as the CLI does', () => {
    expect(formatInspect([])).toBe('[]\n');
  });
});

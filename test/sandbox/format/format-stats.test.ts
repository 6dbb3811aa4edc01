import { describe, expect, it } from 'vitest';
import { formatStats, type EngineStats } from '../../../src/sandbox/format/format-stats.ts';
import { engineJson, golden } from './engine-fixture.ts';

describe('formatStats', () => {
  it('prints the table exactly as the CLI did (cgroup v1 and v2 memory, stopped container, 0 CPUs)', () => {
    expect(formatStats(engineJson<EngineStats[]>('stats.json'))).toBe(golden('stats.txt'));
  });

  it('shows "--" for a stats body without a name', () => {
    expect(formatStats([{ id: 'x' }])).toContain('x              --     ');
  });
});

import { describe, expect, it } from 'vitest';
import { formatVolumeLs, type EngineVolume } from '../../../src/sandbox/format/format-volume-ls.ts';
import { engineJson, golden } from './engine-fixture.ts';

describe('formatVolumeLs', () => {
  it('prints the table exactly as the CLI did (data-9 before data-10, CJK last)', () => {
    expect(formatVolumeLs(engineJson<{ Volumes: EngineVolume[] }>('volumes.json').Volumes)).toBe(golden('volume-ls.txt'));
  });

  it('prints only the header when there are no volumes', () => {
    expect(formatVolumeLs([])).toBe('DRIVER    VOLUME NAME\n');
  });
});

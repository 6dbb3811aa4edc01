import { describe, expect, it } from 'vitest';
import { formatSystemDf, type EngineDiskUsage } from '../../../src/sandbox/format/format-system-df.ts';
import { engineJson, golden } from './engine-fixture.ts';

describe('formatSystemDf', () => {
  it('prints the summary exactly as the CLI did (percentages, unknown volume size, build cache)', () => {
    expect(formatSystemDf(engineJson<EngineDiskUsage>('df.json'))).toBe(golden('system-df.txt'));
  });

  it('prints zeros for an empty engine', () => {
    expect(formatSystemDf({})).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          0         0         0B        0B\n' +
        'Containers      0         0         0B        0B\n' +
        'Local Volumes   0         0         0B        0B\n' +
        'Build Cache     0         0         0B        0B\n',
    );
  });
});

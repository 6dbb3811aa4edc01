import { describe, expect, it } from 'vitest';
import { formatTop, type EngineTop } from '../../../src/sandbox/format/format-top.ts';
import { engineJson, golden } from './engine-fixture.ts';

describe('formatTop', () => {
  it('prints the process table exactly as the CLI did (minimum width 20)', () => {
    expect(formatTop(engineJson<EngineTop>('top.json'))).toBe(golden('top.txt'));
  });

  it('prints an empty line for an engine answer without titles', () => {
    expect(formatTop({})).toBe('\n');
  });
});

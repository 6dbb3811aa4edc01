import { describe, expect, it } from 'vitest';
import { formatHistory, type EngineHistoryItem } from '../../../src/sandbox/format/format-history.ts';
import { engineJson, golden, NOW } from './engine-fixture.ts';

const history = engineJson<EngineHistoryItem[]>('history.json');

describe('formatHistory', () => {
  it('prints the table exactly as the CLI did (<missing>, N/A for 1970, tabs, CJK, 44+…)', () => {
    expect(formatHistory(history, { now: NOW })).toBe(golden('history.txt'));
  });

  it('prints --no-trunc and -q exactly as the CLI did', () => {
    expect(formatHistory(history, { now: NOW, noTrunc: true })).toBe(golden('history-no-trunc.txt'));
    expect(formatHistory(history, { now: NOW, quiet: true })).toBe(golden('history-quiet.txt'));
  });

  it('redacts secrets in CREATED BY', () => {
    const out = formatHistory([{ Id: '<missing>', Created: 1795812000, CreatedBy: 'ENV DB_PASSWORD=hunter2', Size: 0 }], { now: NOW });
    expect(out).toContain('ENV DB_PASSWORD=<redacted>');
    expect(out).not.toContain('hunter2');
  });
});

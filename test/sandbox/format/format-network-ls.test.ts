import { describe, expect, it } from 'vitest';
import { formatNetworkLs, type EngineNetwork } from '../../../src/sandbox/format/format-network-ls.ts';
import { engineJson, golden } from './engine-fixture.ts';

describe('formatNetworkLs', () => {
  it('prints the table exactly as the CLI did (natural order: Net9, host, net9, net10, none)', () => {
    expect(formatNetworkLs(engineJson<EngineNetwork[]>('networks.json'))).toBe(golden('network-ls.txt'));
  });

  it('prints only the header when there are no networks', () => {
    expect(formatNetworkLs([])).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
  });
});

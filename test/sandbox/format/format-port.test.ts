import { describe, expect, it } from 'vitest';
import { formatPort, type EnginePortMap } from '../../../src/sandbox/format/format-port.ts';
import { engineJson, golden } from './engine-fixture.ts';

const ports = engineJson<{ NetworkSettings: { Ports: EnginePortMap } }>('inspect-container.json').NetworkSettings.Ports;

describe('formatPort', () => {
  it('lists every published port in natural order exactly as the CLI did', () => {
    expect(formatPort(ports)).toBe(golden('port.txt'));
  });

  it('answers one private port (tcp by default) as the CLI did', () => {
    expect(formatPort(ports, '80')).toBe(golden('port-80.txt'));
    expect(formatPort(ports, '10000/udp')).toBe('127.0.0.1:9000\n');
  });

  it('returns null for a port that is exposed but not published, and "" when nothing is', () => {
    expect(formatPort(ports, '443')).toBeNull();
    expect(formatPort(null)).toBe('');
    expect(formatPort({})).toBe('');
  });
});

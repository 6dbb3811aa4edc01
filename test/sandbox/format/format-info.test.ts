import { describe, expect, it } from 'vitest';
import { formatInfo, formatInfoServer, type EngineInfo } from '../../../src/sandbox/format/format-info.ts';
import { engineJson, golden } from './engine-fixture.ts';

describe('formatInfo', () => {
  it('prints the Server section exactly as the CLI did', () => {
    expect('Server:\n' + formatInfoServer(engineJson<EngineInfo>('info.json'))).toBe(golden('info-server.txt'));
  });

  it('puts Dockhand in the Client section', () => {
    const out = formatInfo({}, { name: 'Dockhand', version: '0.1.0', context: 'sandbox' });
    expect(out.startsWith('Client: Dockhand\n Version:    0.1.0\n Context:    sandbox\n Debug Mode: false\n\nServer:\n')).toBe(true);
  });

  it('survives an engine that sends almost nothing', () => {
    const out = formatInfoServer({});
    expect(out).toContain(' Containers: 0\n');
    expect(out).toContain(' Total Memory: 0B\n');
    expect(out.endsWith(' Live Restore Enabled: false\n\n')).toBe(true);
  });

  it('prints an active swarm node and the debug counters', () => {
    const out = formatInfoServer({
      Debug: true,
      NFd: 20,
      Swarm: { LocalNodeState: 'active', NodeID: 'n1', NodeAddr: '10.0.0.1', ControlAvailable: false, RemoteManagers: [{ Addr: 'b:2377' }, { Addr: 'a:2377' }] },
    });
    expect(out).toContain(' Swarm: active\n  NodeID: n1\n  Is Manager: false\n  Node Address: 10.0.0.1\n  Manager Addresses:\n   a:2377\n   b:2377\n');
    expect(out).toContain('  File Descriptors: 20\n');
  });
});

import { describe, expect, it } from 'vitest';
import { formatInfo, formatInfoServer, type EngineInfo } from '../../../src/sandbox/format/format-info.ts';
import { engineJson, golden } from './engine-fixture.ts';

describe('formatInfo', () => {
  it('prints the Server section exactly as the CLI did, but for the data root, which is the host\'s business (L3)', () => {
    const cli = golden('info-server.txt');
    expect(cli).toContain(' Docker Root Dir: /var/lib/docker\n');
    expect('Server:\n' + formatInfoServer(engineJson<EngineInfo>('info.json'))).toBe(cli.replace(' Docker Root Dir: /var/lib/docker\n', ' Docker Root Dir: <hidden>\n'));
  });

  it('redacts credentials in proxies, mirrors, external CAs and daemon labels, and escapes control characters (H5, L6)', () => {
    const out = formatInfoServer({
      HTTPProxy: 'http://user:hunter2-PROXY@proxy:3128',
      HTTPSProxy: 'https://u:hunter2-HTTPS@proxy',
      Labels: ['secret=hunter2-INFOLABEL', 'token=xoxb-1-2-hunter2', 'tier=sandbox', 'evil=a\n Server Version: 99\u001b[2J'],
      RegistryConfig: { Mirrors: ['https://u:hunter2-MIRROR@mirror'] },
      Swarm: {
        LocalNodeState: 'active', ControlAvailable: true, NodeID: 'n',
        Cluster: { ID: 'c', Spec: { CAConfig: { ExternalCAs: [{ Protocol: 'cfssl', URL: 'https://u:hunter2-EXTCA@ca' }] } } },
      },
    });
    expect(out).not.toContain('hunter2');
    expect(out).toContain(' HTTP Proxy: http://user:<redacted>@proxy:3128\n');
    expect(out).toContain('  secret=<redacted>\n  token=<redacted>\n  tier=sandbox\n');
    expect(out).toContain('  evil=a\\x0a Server Version: 99\\x1b[2J\n');
    expect(out).toContain('  https://u:<redacted>@mirror\n');
    expect(out).toContain('     cfssl: https://u:<redacted>@ca\n');
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

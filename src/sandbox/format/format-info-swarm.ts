import { humanDuration } from './human-duration.ts';

export interface EngineSwarm {
  LocalNodeState?: string;
  NodeID?: string;
  NodeAddr?: string;
  Error?: string;
  ControlAvailable?: boolean;
  Managers?: number;
  Nodes?: number;
  RemoteManagers?: Array<{ Addr?: string }> | null;
  Cluster?: {
    ID?: string;
    DefaultAddrPool?: string[] | null;
    SubnetSize?: number;
    DataPathPort?: number;
    RootRotationInProgress?: boolean;
    Spec?: {
      Orchestration?: { TaskHistoryRetentionLimit?: number | null };
      Raft?: { SnapshotInterval?: number; KeepOldSnapshots?: number | null; HeartbeatTick?: number; ElectionTick?: number };
      Dispatcher?: { HeartbeatPeriod?: number };
      CAConfig?: { NodeCertExpiry?: number; ForceRotate?: number; SigningCACert?: string; ExternalCAs?: Array<{ Protocol?: string; URL?: string }> | null };
      EncryptionConfig?: { AutoLockManagers?: boolean };
    };
  } | null;
}

const line = (...args: Array<string | number | boolean | undefined>): string => args.map((a) => String(a ?? '')).join(' ') + '\n';
const nsToMs = (ns: number | undefined): number => (ns ?? 0) / 1e6;

function clusterLines(s: EngineSwarm): string {
  const c = s.Cluster ?? {};
  const spec = c.Spec ?? {};
  let out = line('  ClusterID:', c.ID) + line('  Managers:', s.Managers ?? 0) + line('  Nodes:', s.Nodes ?? 0);
  if (c.DefaultAddrPool) {
    out += line('  Default Address Pool:', c.DefaultAddrPool.map((p) => p + '  ').join(''));
    out += line('  SubnetSize:', c.SubnetSize ?? 0);
  }
  if ((c.DataPathPort ?? 0) > 0) out += line('  Data Path Port:', c.DataPathPort);
  out += line('  Orchestration:') + line('   Task History Retention Limit:', spec.Orchestration?.TaskHistoryRetentionLimit ?? 0);
  out += line('  Raft:') + line('   Snapshot Interval:', spec.Raft?.SnapshotInterval ?? 0);
  if (spec.Raft?.KeepOldSnapshots != null) out += `   Number of Old Snapshots to Retain: ${spec.Raft.KeepOldSnapshots}\n`;
  out += line('   Heartbeat Tick:', spec.Raft?.HeartbeatTick ?? 0) + line('   Election Tick:', spec.Raft?.ElectionTick ?? 0);
  out += line('  Dispatcher:') + line('   Heartbeat Period:', humanDuration(nsToMs(spec.Dispatcher?.HeartbeatPeriod)));
  out += line('  CA Configuration:') + line('   Expiry Duration:', humanDuration(nsToMs(spec.CAConfig?.NodeCertExpiry)));
  out += line('   Force Rotate:', spec.CAConfig?.ForceRotate ?? 0);
  const caCert = (spec.CAConfig?.SigningCACert ?? '').trim();
  if (caCert) out += `   Signing CA Certificate: \n${caCert}\n\n`;
  const cas = spec.CAConfig?.ExternalCAs ?? [];
  if (cas.length > 0) out += line('   External CAs:') + cas.map((e) => `     ${e.Protocol}: ${e.URL}\n`).join('');
  out += line('  Autolock Managers:', spec.EncryptionConfig?.AutoLockManagers ?? false);
  return out + line('  Root Rotation In Progress:', c.RootRotationInProgress ?? false);
}

/** printSwarmInfo: nothing for an inactive or locked node (the sandbox's normal state). */
export function formatInfoSwarm(s: EngineSwarm | undefined): string {
  if (!s || s.LocalNodeState === 'inactive' || s.LocalNodeState === 'locked' || !s.LocalNodeState) return '';
  let out = line('  NodeID:', s.NodeID);
  if (s.Error) out += line('  Error:', s.Error);
  out += line('  Is Manager:', s.ControlAvailable ?? false);
  if (s.Cluster && s.ControlAvailable && !s.Error && s.LocalNodeState !== 'error') out += clusterLines(s);
  out += line('  Node Address:', s.NodeAddr);
  const managers = (s.RemoteManagers ?? []).map((m) => m.Addr ?? '').sort();
  if (managers.length > 0) out += line('  Manager Addresses:') + managers.map((m) => `   ${m}\n`).join('');
  return out;
}

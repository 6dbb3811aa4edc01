import { z } from 'zod';
import type { EnginePort } from '../format/displayable-ports.ts';
import type { EngineHistoryItem } from '../format/format-history.ts';
import type { EngineImage } from '../format/format-images.ts';
import type { EngineInfo } from '../format/format-info.ts';
import type { EngineNetwork } from '../format/format-network-ls.ts';
import type { EnginePortMap } from '../format/format-port.ts';
import type { EngineContainer } from '../format/format-ps.ts';
import type { EngineStats } from '../format/format-stats.ts';
import type { EngineDiskUsage } from '../format/format-system-df.ts';
import type { EngineTop } from '../format/format-top.ts';
import type { EngineVersion } from '../format/format-version.ts';
import type { EngineVolume } from '../format/format-volume-ls.ts';

/*
 * The shapes the formatters read, checked before they read them: a field of the wrong type is the
 * engine's fault (ENGINE_BAD_REPLY, naming the field), so any error left inside a formatter is
 * Dockhand's own bug. Lenient where engines differ: every field may be missing or null, unknown
 * fields are dropped.
 */

/** Missing or null → undefined, so the formatters' `?? default` applies. */
const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const str = opt(z.string());
const num = opt(z.number());
const bool = opt(z.boolean());
const strings = opt(z.array(z.string()));

const port = z.object({ IP: str, PrivatePort: z.number(), PublicPort: num, Type: z.string() });

export const containerSchema = z.object({
  Id: str, Names: strings, Image: str, ImageID: str, Command: str, Created: num,
  Ports: opt(z.array(port)), State: str, Status: str, SizeRw: num, SizeRootFs: num,
});

export const imageSchema = z.object({ Id: str, RepoTags: strings, RepoDigests: strings, Created: num, Size: num });

export const historySchema = z.object({ Id: str, Created: num, CreatedBy: str, Size: num, Comment: str });

/** `top`: the Processes rows are streamed one by one (see processSchema). */
export const topSchema = z.object({ Titles: strings, Processes: opt(z.array(z.array(z.string()))) });
export const processSchema = z.array(z.string());

export const networkSchema = z.object({ Id: str, Name: str, Driver: str, Scope: str });
export const volumeSchema = z.object({ Name: str, Driver: str });
export const volumesSchema = z.object({ Volumes: opt(z.array(volumeSchema)) });

const versionComponent = z.object({ Name: str, Version: str, Details: opt(z.record(z.string(), z.string())) });
export const versionSchema = z.object({
  Platform: opt(z.object({ Name: str })),
  Components: opt(z.array(versionComponent)),
  ApiVersion: str,
  Version: str,
});

const swarm = z.object({
  LocalNodeState: str, NodeID: str, NodeAddr: str, Error: str, ControlAvailable: bool, Managers: num, Nodes: num,
  RemoteManagers: opt(z.array(z.object({ Addr: str }))),
  Cluster: opt(z.object({
    ID: str, DefaultAddrPool: strings, SubnetSize: num, DataPathPort: num, RootRotationInProgress: bool,
    Spec: opt(z.object({
      Orchestration: opt(z.object({ TaskHistoryRetentionLimit: num })),
      Raft: opt(z.object({ SnapshotInterval: num, KeepOldSnapshots: num, HeartbeatTick: num, ElectionTick: num })),
      Dispatcher: opt(z.object({ HeartbeatPeriod: num })),
      CAConfig: opt(z.object({
        NodeCertExpiry: num, ForceRotate: num, SigningCACert: str,
        ExternalCAs: opt(z.array(z.object({ Protocol: str, URL: str }))),
      })),
      EncryptionConfig: opt(z.object({ AutoLockManagers: bool })),
    })),
  })),
});

const commit = opt(z.object({ ID: str }));

export const infoSchema = z.object({
  Containers: num, ContainersRunning: num, ContainersPaused: num, ContainersStopped: num, Images: num,
  ServerVersion: str, Driver: str, DriverStatus: opt(z.array(z.array(z.string()))), SystemStatus: opt(z.array(z.array(z.string()))),
  LoggingDriver: str, CgroupDriver: str, CgroupVersion: str,
  Plugins: opt(z.object({ Volume: strings, Network: strings, Authorization: strings, Log: strings })),
  CDISpecDirs: strings, Swarm: opt(swarm), Runtimes: opt(z.record(z.string(), z.unknown())), DefaultRuntime: str,
  OSType: str, InitBinary: str, ContainerdCommit: commit, RuncCommit: commit, InitCommit: commit, SecurityOptions: strings,
  Isolation: str, KernelVersion: str, OperatingSystem: str, Architecture: str, NCPU: num, MemTotal: num, Name: str, ID: str,
  DockerRootDir: str, Debug: bool, NFd: num, NGoroutines: num, SystemTime: str, NEventsListener: num,
  HTTPProxy: str, HTTPSProxy: str, NoProxy: str, Labels: strings, ExperimentalBuild: bool,
  RegistryConfig: opt(z.object({
    InsecureRegistryCIDRs: strings,
    IndexConfigs: opt(z.record(z.string(), z.object({ Name: str, Secure: bool }))),
    Mirrors: strings,
  })),
  LiveRestoreEnabled: bool, ProductLicense: str,
  DefaultAddressPools: opt(z.array(z.object({ Base: str, Size: num }))),
});

export const diskUsageSchema = z.object({
  LayersSize: num,
  Images: opt(z.array(z.object({ Containers: num, Size: num, SharedSize: num }))),
  Containers: opt(z.array(z.object({ State: str, SizeRw: num }))),
  Volumes: opt(z.array(z.object({ UsageData: opt(z.object({ Size: num, RefCount: num })) }))),
  BuildCache: opt(z.array(z.object({ InUse: bool, Shared: bool, Size: num }))),
  BuilderSize: num,
});

const cpu = opt(z.object({
  cpu_usage: opt(z.object({ total_usage: num, percpu_usage: opt(z.array(z.number())) })),
  system_cpu_usage: num,
  online_cpus: num,
}));

export const statsSchema = z.object({
  name: str, id: str, cpu_stats: cpu, precpu_stats: cpu,
  memory_stats: opt(z.object({ usage: num, limit: num, stats: opt(z.record(z.string(), z.number())) })),
  networks: opt(z.record(z.string(), z.object({ rx_bytes: num, tx_bytes: num }))),
  blkio_stats: opt(z.object({ io_service_bytes_recursive: opt(z.array(z.object({ op: str, value: num }))) })),
  pids_stats: opt(z.object({ current: num })),
});

/** The fields of a container inspect that `logs` and `port` read (the rest is shown as is). */
export const containerFactsSchema = z.object({
  Config: opt(z.object({ Tty: bool }).loose()),
  NetworkSettings: opt(z.object({
    Ports: opt(z.record(z.string(), z.array(z.object({ HostIp: str, HostPort: str })).nullish().transform((v) => v ?? null))),
  }).loose()),
}).loose();

/** The item list of `ps` before the full check: each container only needs to be an object to count as a row. */
export const anyObject = z.object({}).loose();

/** Compile-time: every schema's output is what its formatter reads. */
type Assignable<T, _U extends T> = true;
export type SchemaChecks = [
  Assignable<EngineContainer, z.infer<typeof containerSchema>>,
  Assignable<EnginePort, z.infer<typeof port>>,
  Assignable<EngineImage, z.infer<typeof imageSchema>>,
  Assignable<EngineHistoryItem, z.infer<typeof historySchema>>,
  Assignable<EngineTop, z.infer<typeof topSchema>>,
  Assignable<EngineNetwork, z.infer<typeof networkSchema>>,
  Assignable<EngineVolume, z.infer<typeof volumeSchema>>,
  Assignable<EngineVersion, z.infer<typeof versionSchema>>,
  Assignable<EngineInfo, z.infer<typeof infoSchema>>,
  Assignable<EngineDiskUsage, z.infer<typeof diskUsageSchema>>,
  Assignable<EngineStats, z.infer<typeof statsSchema>>,
  Assignable<EnginePortMap, z.infer<typeof containerFactsSchema>['NetworkSettings'] extends infer P ? P extends { Ports?: infer Q } ? Q : never : never>,
];

import { cleanStrings, HIDDEN } from './clean-text.ts';
import { bytesSize } from './human-size.ts';
import { formatInfoSwarm, type EngineSwarm } from './format-info-swarm.ts';

/** `GET /info`, the fields `docker info` prints. */
export interface EngineInfo {
  Containers?: number;
  ContainersRunning?: number;
  ContainersPaused?: number;
  ContainersStopped?: number;
  Images?: number;
  ServerVersion?: string;
  Driver?: string;
  DriverStatus?: string[][] | null;
  SystemStatus?: string[][] | null;
  LoggingDriver?: string;
  CgroupDriver?: string;
  CgroupVersion?: string;
  Plugins?: { Volume?: string[] | null; Network?: string[] | null; Authorization?: string[] | null; Log?: string[] | null };
  CDISpecDirs?: string[] | null;
  Swarm?: EngineSwarm;
  Runtimes?: Record<string, unknown> | null;
  DefaultRuntime?: string;
  OSType?: string;
  InitBinary?: string;
  ContainerdCommit?: { ID?: string };
  RuncCommit?: { ID?: string };
  InitCommit?: { ID?: string };
  SecurityOptions?: string[] | null;
  Isolation?: string;
  KernelVersion?: string;
  OperatingSystem?: string;
  Architecture?: string;
  NCPU?: number;
  MemTotal?: number;
  Name?: string;
  ID?: string;
  DockerRootDir?: string;
  Debug?: boolean;
  NFd?: number;
  NGoroutines?: number;
  SystemTime?: string;
  NEventsListener?: number;
  HTTPProxy?: string;
  HTTPSProxy?: string;
  NoProxy?: string;
  Labels?: string[] | null;
  ExperimentalBuild?: boolean;
  RegistryConfig?: {
    InsecureRegistryCIDRs?: string[] | null;
    IndexConfigs?: Record<string, { Name?: string; Secure?: boolean }> | null;
    Mirrors?: string[] | null;
  } | null;
  LiveRestoreEnabled?: boolean;
  ProductLicense?: string;
  DefaultAddressPools?: Array<{ Base?: string; Size?: number }> | null;
}

/** Dockhand's own lines for the Client section. */
export interface InfoClientFacts {
  name: string;
  version: string;
  context: string;
}

/** Go's fmt.Println: operands joined by spaces. */
const println = (...args: Array<string | number | boolean | undefined>): string =>
  args.map((a) => String(a ?? '')).join(' ') + '\n';

const nonEmpty = (label: string, value: string | undefined): string => (value ? println(label, value) : '');

/** system.DecodeSecurityOptions, printed as the CLI does (name, then its profile). */
function securityOptions(options: string[]): string {
  let out = println(' Security Options:');
  for (const opt of options) {
    if (!opt.includes('=')) {
      out += println('  ' + opt);
      continue;
    }
    let name = '';
    const profiles: string[] = [];
    for (const kv of opt.split(',')) {
      const [k, v = ''] = kv.split(/=(.*)/s);
      if (k === 'name') name = v;
      else if (k === 'profile') profiles.push(v);
    }
    out += println('  ' + name) + profiles.map((p) => println('   Profile:', p)).join('');
  }
  return out;
}

function linuxLines(info: EngineInfo): string {
  let out = println(' Init Binary:', info.InitBinary);
  out += println(' containerd version:', info.ContainerdCommit?.ID);
  out += println(' runc version:', info.RuncCommit?.ID);
  out += println(' init version:', info.InitCommit?.ID);
  if ((info.SecurityOptions ?? []).length > 0) out += securityOptions(info.SecurityOptions ?? []);
  return out;
}

function headLines(info: EngineInfo): string {
  let out = println(' Containers:', info.Containers ?? 0);
  out += println('  Running:', info.ContainersRunning ?? 0);
  out += println('  Paused:', info.ContainersPaused ?? 0);
  out += println('  Stopped:', info.ContainersStopped ?? 0);
  out += println(' Images:', info.Images ?? 0);
  out += nonEmpty(' Server Version:', info.ServerVersion);
  out += nonEmpty(' Storage Driver:', info.Driver);
  for (const [k, v] of info.DriverStatus ?? []) out += `  ${k}: ${v}\n`;
  for (const [k, v] of info.SystemStatus ?? []) out += ` ${k}: ${v}\n`;
  out += nonEmpty(' Logging Driver:', info.LoggingDriver);
  out += nonEmpty(' Cgroup Driver:', info.CgroupDriver);
  return out + nonEmpty(' Cgroup Version:', info.CgroupVersion);
}

function pluginLines(info: EngineInfo): string {
  const p = info.Plugins ?? {};
  let out = println(' Plugins:');
  out += println('  Volume:', (p.Volume ?? []).join(' '));
  out += println('  Network:', (p.Network ?? []).join(' '));
  if ((p.Authorization ?? []).length > 0) out += println('  Authorization:', (p.Authorization ?? []).join(' '));
  out += println('  Log:', (p.Log ?? []).join(' '));
  if ((info.CDISpecDirs ?? []).length > 0) {
    out += println(' CDI spec directories:') + (info.CDISpecDirs ?? []).map((d) => `  ${d}\n`).join('');
  }
  return out;
}

/** Runtimes come from a Go map in the CLI, so its order varies; this prints them sorted. */
function runtimeLines(info: EngineInfo): string {
  const names = Object.keys(info.Runtimes ?? {}).sort();
  if (names.length === 0) return '';
  return println(' Runtimes:', names.join(' ')) + println(' Default Runtime:', info.DefaultRuntime);
}

function hostLines(info: EngineInfo): string {
  let out = info.OSType === 'windows' ? println(' Default Isolation:', info.Isolation) : '';
  out += nonEmpty(' Kernel Version:', info.KernelVersion);
  out += nonEmpty(' Operating System:', info.OperatingSystem);
  out += nonEmpty(' OSType:', info.OSType);
  out += nonEmpty(' Architecture:', info.Architecture);
  out += println(' CPUs:', info.NCPU ?? 0);
  out += println(' Total Memory:', bytesSize(info.MemTotal ?? 0));
  out += nonEmpty(' Name:', info.Name);
  out += nonEmpty(' ID:', info.ID);
  // Where the engine keeps its files is the sandbox host's business.
  out += println(' Docker Root Dir:', info.DockerRootDir ? HIDDEN : '');
  out += println(' Debug Mode:', info.Debug ?? false);
  if (info.Debug) {
    out += println('  File Descriptors:', info.NFd ?? 0);
    out += println('  Goroutines:', info.NGoroutines ?? 0);
    out += println('  System Time:', info.SystemTime);
    out += println('  EventsListeners:', info.NEventsListener ?? 0);
  }
  out += nonEmpty(' HTTP Proxy:', info.HTTPProxy);
  out += nonEmpty(' HTTPS Proxy:', info.HTTPSProxy);
  return out + nonEmpty(' No Proxy:', info.NoProxy);
}

function registryLines(info: EngineInfo): string {
  const rc = info.RegistryConfig;
  let out = '';
  const cidrs = rc?.InsecureRegistryCIDRs ?? [];
  const indexes = Object.values(rc?.IndexConfigs ?? {}).sort((a, b) => ((a.Name ?? '') < (b.Name ?? '') ? -1 : 1));
  if (rc && (cidrs.length > 0 || indexes.length > 0)) {
    out += println(' Insecure Registries:');
    for (const ic of indexes) if (!ic.Secure) out += println('  ' + (ic.Name ?? ''));
    for (const cidr of cidrs) out += `  ${cidr}\n`;
  }
  if ((rc?.Mirrors ?? []).length > 0) out += println(' Registry Mirrors:') + (rc?.Mirrors ?? []).map((m) => println('  ' + m)).join('');
  return out;
}

function tailLines(info: EngineInfo): string {
  let out = (info.Labels ?? []).length > 0 ? println(' Labels:') + (info.Labels ?? []).map((l) => println('  ' + l)).join('') : '';
  out += println(' Experimental:', info.ExperimentalBuild ?? false);
  out += registryLines(info);
  out += println(' Live Restore Enabled:', info.LiveRestoreEnabled ?? false);
  if (info.ProductLicense) out += println(' Product License:', info.ProductLicense);
  const pools = info.DefaultAddressPools ?? [];
  if (pools.length > 0) out += println(' Default Address Pools:') + pools.map((p) => `   Base: ${p.Base}, Size: ${p.Size}\n`).join('');
  return out + '\n';
}

/**
 * The Server section of `docker info` (prettyPrintServerInfo); warnings go to stderr there, so not
 * here. Every value is cleaned first: daemon labels, proxy and mirror URLs carry credentials.
 */
export function formatInfoServer(engine: EngineInfo): string {
  const info = cleanStrings(engine);
  return (
    headLines(info) +
    pluginLines(info) +
    println(' Swarm:', info.Swarm?.LocalNodeState ?? '') +
    formatInfoSwarm(info.Swarm) +
    runtimeLines(info) +
    (info.OSType === 'linux' ? linuxLines(info) : '') +
    hostLines(info) +
    tailLines(info)
  );
}

/** `docker info`; the Client section describes Dockhand, the Server section is the CLI's. */
export function formatInfo(info: EngineInfo, client: InfoClientFacts): string {
  const clientPart =
    `Client: ${client.name}\n` + println(' Version:   ', client.version) + println(' Context:   ', client.context) + println(' Debug Mode:', false);
  return clientPart + '\n' + 'Server:\n' + formatInfoServer(info);
}

import { formatTable } from './format-table.ts';
import { formatF } from './go-float.ts';
import { bytesSize, humanSizeWithPrecision } from './human-size.ts';
import { truncateId } from './truncate-id.ts';

interface CpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] | null };
  system_cpu_usage?: number;
  online_cpus?: number;
}

/** One `GET /containers/{id}/stats?stream=false` body (Linux). */
export interface EngineStats {
  name?: string;
  id?: string;
  cpu_stats?: CpuStats;
  precpu_stats?: CpuStats;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> | null };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }> | null;
  blkio_stats?: { io_service_bytes_recursive?: Array<{ op?: string; value?: number }> | null };
  pids_stats?: { current?: number };
}

function cpuPercent(s: EngineStats): number {
  const cur = s.cpu_stats ?? {};
  const pre = s.precpu_stats ?? {};
  const cpuDelta = (cur.cpu_usage?.total_usage ?? 0) - (pre.cpu_usage?.total_usage ?? 0);
  const systemDelta = (cur.system_cpu_usage ?? 0) - (pre.system_cpu_usage ?? 0);
  const cpus = cur.online_cpus || (cur.cpu_usage?.percpu_usage ?? []).length;
  return systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
}

/** Memory without page cache, as the CLI computes it for cgroup v1 and v2. */
function memoryUsage(s: EngineStats): number {
  const usage = s.memory_stats?.usage ?? 0;
  const stats = s.memory_stats?.stats ?? {};
  const v1 = stats.total_inactive_file;
  if (v1 !== undefined && v1 < usage) return usage - v1;
  const v2 = stats.inactive_file ?? 0;
  return v2 < usage ? usage - v2 : usage;
}

function blockIo(s: EngineStats): [number, number] {
  let read = 0;
  let write = 0;
  for (const e of s.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = (e.op ?? '')[0];
    if (op === 'r' || op === 'R') read += e.value ?? 0;
    else if (op === 'w' || op === 'W') write += e.value ?? 0;
  }
  return [read, write];
}

function network(s: EngineStats): [number, number] {
  let rx = 0;
  let tx = 0;
  for (const n of Object.values(s.networks ?? {})) {
    rx += n.rx_bytes ?? 0;
    tx += n.tx_bytes ?? 0;
  }
  return [rx, tx];
}

const percent = (v: number): string => formatF(v, 2) + '%';
const pair = (a: number, b: number): string => `${humanSizeWithPrecision(a, 3)} / ${humanSizeWithPrecision(b, 3)}`;

function row(s: EngineStats, trunc: boolean): string[] {
  const mem = memoryUsage(s);
  const limit = s.memory_stats?.limit ?? 0;
  const name = s.name ?? '';
  return [
    trunc ? truncateId(s.id ?? '') : (s.id ?? ''),
    name.length > 1 ? name.slice(1) : '--',
    percent(cpuPercent(s)),
    `${bytesSize(mem)} / ${bytesSize(limit)}`,
    percent(limit !== 0 ? (mem / limit) * 100 : 0),
    pair(...network(s)),
    pair(...blockIo(s)),
    String(s.pids_stats?.current ?? 0),
  ];
}

/** `docker stats --no-stream` (Linux table). */
export function formatStats(stats: readonly EngineStats[], opts: { noTrunc?: boolean } = {}): string {
  return formatTable(
    ['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'],
    stats.map((s) => row(s, !opts.noTrunc)),
  );
}

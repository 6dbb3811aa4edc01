import { formatTable } from './format-table.ts';
import { humanSize } from './human-size.ts';

/** `GET /system/df`. */
export interface EngineDiskUsage {
  LayersSize?: number;
  Images?: Array<{ Containers?: number; Size?: number; SharedSize?: number }> | null;
  Containers?: Array<{ State?: string; SizeRw?: number }> | null;
  Volumes?: Array<{ UsageData?: { Size?: number; RefCount?: number } | null }> | null;
  BuildCache?: Array<{ InUse?: boolean; Shared?: boolean; Size?: number }> | null;
  BuilderSize?: number;
}

function withPercent(reclaimable: number, total: number): string {
  return total > 0 ? `${humanSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : humanSize(reclaimable);
}

function imagesRow(df: EngineDiskUsage): string[] {
  const images = df.Images ?? [];
  const total = df.LayersSize ?? 0;
  let used = 0;
  for (const i of images) {
    if ((i.Containers ?? 0) !== 0 && i.Size !== -1 && i.SharedSize !== -1) used += (i.Size ?? 0) - (i.SharedSize ?? 0);
  }
  const active = images.filter((i) => (i.Containers ?? 0) > 0).length;
  return ['Images', String(images.length), String(active), humanSize(total), withPercent(total - used, total)];
}

const isActive = (state = ''): boolean => /running|paused|restarting/.test(state);

function containersRow(df: EngineDiskUsage): string[] {
  const containers = df.Containers ?? [];
  let total = 0;
  let reclaimable = 0;
  for (const c of containers) {
    total += c.SizeRw ?? 0;
    if (!isActive(c.State)) reclaimable += c.SizeRw ?? 0;
  }
  const active = containers.filter((c) => isActive(c.State)).length;
  return ['Containers', String(containers.length), String(active), humanSize(total), withPercent(reclaimable, total)];
}

function volumesRow(df: EngineDiskUsage): string[] {
  const volumes = df.Volumes ?? [];
  let total = 0;
  let reclaimable = 0;
  for (const v of volumes) {
    const size = v.UsageData?.Size ?? -1;
    if (size === -1) continue;
    total += size;
    if ((v.UsageData?.RefCount ?? 0) === 0) reclaimable += size;
  }
  const active = volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length;
  return ['Local Volumes', String(volumes.length), String(active), humanSize(total), withPercent(reclaimable, total)];
}

function buildCacheRow(df: EngineDiskUsage): string[] {
  const cache = df.BuildCache ?? [];
  const size = df.BuilderSize ?? 0;
  const inUse = cache.filter((b) => b.InUse && !b.Shared).reduce((sum, b) => sum + (b.Size ?? 0), 0);
  const active = cache.filter((b) => b.InUse).length;
  return ['Build Cache', String(cache.length), String(active), humanSize(size), humanSize(size - inUse)];
}

/** `docker system df` (summary table), computed the way the 28.x CLI does from the engine's lists. */
export function formatSystemDf(df: EngineDiskUsage): string {
  return formatTable(
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    [imagesRow(df), containersRow(df), volumesRow(df), buildCacheRow(df)],
  );
}

import { formatTable } from './format-table.ts';
import { sortNatural } from './natural-less.ts';

/** A volume from `GET /volumes`. */
export interface EngineVolume {
  Name?: string;
  Driver?: string;
}

/** `docker volume ls`: DRIVER and VOLUME NAME, sorted by name in natural order. */
export function formatVolumeLs(volumes: readonly EngineVolume[]): string {
  return formatTable(
    ['DRIVER', 'VOLUME NAME'],
    sortNatural(volumes, (v) => v.Name ?? '').map((v) => [v.Driver ?? '', v.Name ?? '']),
  );
}

import { formatTable } from './format-table.ts';
import { sortNatural } from './natural-less.ts';
import { truncateId } from './truncate-id.ts';

/** A `GET /networks` item. */
export interface EngineNetwork {
  Id?: string;
  Name?: string;
  Driver?: string;
  Scope?: string;
}

/** `docker network ls`: sorted by name in natural order, IDs cut to 12. */
export function formatNetworkLs(networks: readonly EngineNetwork[]): string {
  return formatTable(
    ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
    sortNatural(networks, (n) => n.Name ?? '').map((n) => [truncateId(n.Id ?? ''), n.Name ?? '', n.Driver ?? '', n.Scope ?? '']),
  );
}

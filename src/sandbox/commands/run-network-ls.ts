import { networkSchema } from '../engine/engine-schemas.ts';
import { formatNetworkLs } from '../format/format-network-ls.ts';
import { cutOutput } from './cut-output.ts';
import { firstByName } from './first-rows.ts';
import type { Runner } from './run-context.ts';

/** `docker network ls`: the first networks by name (the order it prints), the rest counted. */
export const runNetworkLs: Runner = async (engine, _command, { limits }) => {
  const rows = firstByName(networkSchema, 'networks', limits.rows, (n) => n.Name ?? '');
  rows.check(await engine.json('/networks', {}, rows.items));
  return cutOutput(formatNetworkLs(rows.kept), rows.more(), limits);
};

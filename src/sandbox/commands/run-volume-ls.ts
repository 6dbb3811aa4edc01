import { volumeSchema } from '../engine/engine-schemas.ts';
import { formatVolumeLs } from '../format/format-volume-ls.ts';
import { cutOutput } from './cut-output.ts';
import { firstByName } from './first-rows.ts';
import type { Runner } from './run-context.ts';

/** `docker volume ls`: the first volumes by name (the order it prints), the rest counted. */
export const runVolumeLs: Runner = async (engine, _command, { limits }) => {
  const rows = firstByName(volumeSchema, 'Volumes', limits.rows, (v) => v.Name ?? '', ['Volumes']);
  rows.check(await engine.json('/volumes', {}, rows.items), true);
  return cutOutput(formatVolumeLs(rows.kept), rows.more(), limits);
};

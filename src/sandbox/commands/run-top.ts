import { processSchema, topSchema } from '../engine/engine-schemas.ts';
import { formatTop } from '../format/format-top.ts';
import { cutOutput } from './cut-output.ts';
import { onEngine } from './engine-error.ts';
import { firstRows } from './first-rows.ts';
import { onlyTarget } from './only-target.ts';
import { readShape } from './read-shape.ts';
import type { Runner } from './run-context.ts';

/** `docker top CONTAINER [ps OPTIONS]`: the options (already checked by policy) go to the engine's ps. */
export const runTop: Runner = async (engine, command, { limits }) => {
  const name = onlyTarget(command);
  const rows = firstRows(processSchema, 'Processes', limits.rows, ['Processes']);
  const query: Record<string, string> = command.flags.psArgs ? { ps_args: command.flags.psArgs } : {};
  const reply = await onEngine(() => engine.json(`/containers/${name}/top`, query, rows.items), 'container', name);
  rows.check(reply, true);
  const top = readShape(topSchema, reply, 'top');
  return cutOutput(formatTop({ Titles: top.Titles, Processes: rows.kept }), rows.more(), limits);
};

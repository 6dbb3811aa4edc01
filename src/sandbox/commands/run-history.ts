import { historySchema } from '../engine/engine-schemas.ts';
import { formatHistory } from '../format/format-history.ts';
import { cutOutput } from './cut-output.ts';
import { onEngine } from './engine-error.ts';
import { firstRows } from './first-rows.ts';
import { onlyTarget } from './only-target.ts';
import type { Runner } from './run-context.ts';

/** `docker history IMAGE`. */
export const runHistory: Runner = async (engine, command, { now, limits }) => {
  const name = onlyTarget(command);
  const rows = firstRows(historySchema, 'history', limits.rows);
  rows.check(await onEngine(() => engine.json(`/images/${name}/history`, {}, rows.items), 'image', name));
  const text = formatHistory(rows.kept, { quiet: command.flags.quiet, noTrunc: command.flags.noTrunc, now });
  return cutOutput(text, rows.more(), limits);
};

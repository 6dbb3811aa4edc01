import type { Query } from '../engine/engine-client.ts';
import { containerSchema } from '../engine/engine-schemas.ts';
import { formatPs } from '../format/format-ps.ts';
import type { SandboxCommand } from '../sandbox-command.ts';
import { cutOutput } from './cut-output.ts';
import { firstRows } from './first-rows.ts';
import type { Runner } from './run-context.ts';

/** The list query the CLI sends for `ps` flags: -n/-l become a limit (which implies all). */
export function psQuery(flags: SandboxCommand['flags']): Query {
  const query: Query = { all: flags.all ?? false, size: flags.size ?? false };
  const limit = flags.last !== undefined && flags.last > 0 ? flags.last : flags.latest ? 1 : undefined;
  if (limit !== undefined) query.limit = limit;
  if (flags.filters && Object.keys(flags.filters).length > 0) query.filters = flags.filters;
  return query;
}

/** `docker ps` / `docker container ls`: the first rows kept, the rest counted. */
export const runPs: Runner = async (engine, command, { now, limits }) => {
  const rows = firstRows(containerSchema, 'containers', limits.rows);
  rows.check(await engine.json('/containers/json', psQuery(command.flags), rows.items));
  const text = formatPs(rows.kept, { quiet: command.flags.quiet, noTrunc: command.flags.noTrunc, size: command.flags.size, now });
  return cutOutput(text, rows.more(), limits);
};

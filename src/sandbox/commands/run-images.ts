import type { Query } from '../engine/engine-client.ts';
import { imageSchema } from '../engine/engine-schemas.ts';
import { formatImages, imageRowCount } from '../format/format-images.ts';
import { cutOutput } from './cut-output.ts';
import { firstRows } from './first-rows.ts';
import type { Runner } from './run-context.ts';

/** `docker images [REPOSITORY[:TAG]]`: a positional name becomes a `reference` filter, as in the CLI. */
export const runImages: Runner = async (engine, command, { now, limits }) => {
  const filters: Record<string, string[]> = { ...(command.flags.filters ?? {}) };
  const reference = command.targets[0];
  if (reference) filters.reference = [...(filters.reference ?? []), reference];
  const query: Query = { all: command.flags.all ?? false };
  if (Object.keys(filters).length > 0) query.filters = filters;
  const rows = firstRows(imageSchema, 'images', limits.rows, [], imageRowCount);
  rows.check(await engine.json('/images/json', query, rows.items));
  const text = formatImages(rows.kept, { quiet: command.flags.quiet, noTrunc: command.flags.noTrunc, now });
  return cutOutput(text, rows.more(), limits);
};

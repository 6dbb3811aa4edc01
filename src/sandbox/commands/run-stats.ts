import { z } from 'zod';
import { statsSchema } from '../engine/engine-schemas.ts';
import { formatStats } from '../format/format-stats.ts';
import { cutOutput } from './cut-output.ts';
import { onEngine } from './engine-error.ts';
import { firstRows } from './first-rows.ts';
import { readShape } from './read-shape.ts';
import type { Runner } from './run-context.ts';

/** As many containers as `stats` may name (policy): one-shot stats take the engine a second each. */
export const STATS_MAX = 10;

const idOnly = z.object({ Id: z.string() });

/**
 * `docker stats --no-stream [CONTAINER…]`: the named containers in the order given, else the
 * first running ones (the rest counted). Fetched in parallel as the CLI does.
 */
export const runStats: Runner = async (engine, command, { limits }) => {
  let names = command.targets.slice(0, STATS_MAX);
  let more = 0;
  if (names.length === 0) {
    const running = firstRows(idOnly, 'containers', STATS_MAX);
    running.check(await engine.json('/containers/json', { all: false }, running.items));
    names = running.kept.map((c) => c.Id);
    more = running.more();
  }
  const stats = await Promise.all(
    names.map(async (name) => readShape(statsSchema, await onEngine(() => engine.json(`/containers/${name}/stats`, { stream: false }), 'container', name), 'stats')),
  );
  return cutOutput(formatStats(stats, { noTrunc: command.flags.noTrunc }), more, limits);
};

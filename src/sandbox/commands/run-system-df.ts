import { diskUsageSchema } from '../engine/engine-schemas.ts';
import { formatSystemDf } from '../format/format-system-df.ts';
import { readShape } from './read-shape.ts';
import type { Runner } from './run-context.ts';

/** `docker system df`: four summary rows, whatever the lists behind them hold. */
export const runSystemDf: Runner = async (engine) => ({
  text: formatSystemDf(readShape(diskUsageSchema, await engine.json('/system/df'), 'df')),
  more: 0,
});

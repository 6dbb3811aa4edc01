import { infoSchema } from '../engine/engine-schemas.ts';
import { formatInfo } from '../format/format-info.ts';
import { clientFacts } from './client-facts.ts';
import { cutOutput } from './cut-output.ts';
import { readShape } from './read-shape.ts';
import type { Runner } from './run-context.ts';

/** `docker info`. */
export const runInfo: Runner = async (engine, _command, { limits }) => {
  const info = readShape(infoSchema, await engine.json('/info'), 'info');
  const { name, version, context } = clientFacts('');
  return cutOutput(formatInfo(info, { name, version, context }), 0, limits);
};

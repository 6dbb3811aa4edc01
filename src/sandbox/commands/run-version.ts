import { versionSchema } from '../engine/engine-schemas.ts';
import { formatVersion } from '../format/format-version.ts';
import { clientFacts } from './client-facts.ts';
import { readShape } from './read-shape.ts';
import type { Runner } from './run-context.ts';

/** `docker version`: the engine's Server section, Dockhand as the client. */
export const runVersion: Runner = async (engine) => {
  const server = readShape(versionSchema, await engine.json('/version'), 'version');
  return { text: formatVersion(server, clientFacts(server.ApiVersion ?? '')), more: 0 };
};

import type { EngineClient } from '../engine/engine-client.ts';
import { formatInspectBounded } from '../format/format-inspect.ts';
import { engineError, isEngineNotFound, notFound } from './engine-error.ts';
import type { Runner } from './run-context.ts';

interface Inspected {
  value: unknown;
  /** Lines it prints, counted by the parser. */
  lines: number;
}

/** Resolves like the CLI's `inspect` without --type: a container first, then an image. */
async function inspectOne(engine: EngineClient, name: string): Promise<Inspected> {
  let lines = 0;
  const counted = (count: number) => (lines = count);
  try {
    return { value: await engine.json(`/containers/${name}/json`, {}, undefined, counted), lines };
  } catch (err) {
    if (!isEngineNotFound(err)) throw engineError(err, 'container', name);
  }
  try {
    return { value: await engine.json(`/images/${name}/json`, {}, undefined, counted), lines };
  } catch (err) {
    if (isEngineNotFound(err)) throw notFound('object', name);
    throw engineError(err, 'image', name);
  }
}

/** `docker inspect NAME…`, redacted, printed within the limits (the rest counted, not printed). */
export const runInspect: Runner = async (engine, command, { limits }) => {
  const objects: unknown[] = [];
  let lines = 2; // the array's brackets
  for (const name of command.targets) {
    const one = await inspectOne(engine, name);
    objects.push(one.value);
    lines += one.lines;
  }
  return formatInspectBounded(objects, limits, lines);
};

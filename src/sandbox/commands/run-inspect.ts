import type Dockerode from 'dockerode';
import { formatInspect } from '../format/format-inspect.ts';
import type { SandboxCommand } from '../sandbox-command.ts';
import { engineError, isEngineNotFound, notFound } from './engine-error.ts';

/** Resolves like the CLI's `inspect` without --type: a container first, then an image. */
async function inspectOne(docker: Dockerode, name: string): Promise<unknown> {
  try {
    return await docker.getContainer(name).inspect();
  } catch (err) {
    if (!isEngineNotFound(err)) throw engineError(err, 'container', name);
  }
  try {
    return await docker.getImage(name).inspect();
  } catch (err) {
    if (isEngineNotFound(err)) throw notFound('object', name);
    throw engineError(err, 'image', name);
  }
}

/** `docker inspect NAME…`, redacted. */
export async function runInspect(docker: Dockerode, command: SandboxCommand): Promise<string> {
  const objects: unknown[] = [];
  for (const name of command.targets) objects.push(await inspectOne(docker, name));
  return formatInspect(objects);
}

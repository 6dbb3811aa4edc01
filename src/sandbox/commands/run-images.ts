import type Dockerode from 'dockerode';
import { formatImages, type EngineImage } from '../format/format-images.ts';
import type { SandboxCommand } from '../sandbox-command.ts';

/** `docker images [REPOSITORY[:TAG]]`: a positional name becomes a `reference` filter, as in the CLI. */
export async function runImages(docker: Dockerode, command: SandboxCommand, now: Date): Promise<string> {
  const filters: Record<string, string[]> = { ...(command.flags.filters ?? {}) };
  const reference = command.targets[0];
  if (reference) filters.reference = [...(filters.reference ?? []), reference];
  const query: Dockerode.ListImagesOptions = { all: command.flags.all ?? false };
  if (Object.keys(filters).length > 0) query.filters = JSON.stringify(filters);
  const images = (await docker.listImages(query)) as EngineImage[];
  return formatImages(images, { quiet: command.flags.quiet, noTrunc: command.flags.noTrunc, now });
}

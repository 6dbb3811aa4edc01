import type Dockerode from 'dockerode';
import { formatVersion, type EngineVersion } from '../format/format-version.ts';
import { clientFacts } from './client-facts.ts';

/** `docker version`: the engine's Server section, Dockhand as the client. */
export async function runVersion(docker: Dockerode): Promise<string> {
  const server = (await docker.version()) as unknown as EngineVersion & { ApiVersion?: string };
  return formatVersion(server, clientFacts(server.ApiVersion ?? ''));
}

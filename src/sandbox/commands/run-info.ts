import type Dockerode from 'dockerode';
import { formatInfo, type EngineInfo } from '../format/format-info.ts';
import { clientFacts } from './client-facts.ts';

/** `docker info`. */
export async function runInfo(docker: Dockerode): Promise<string> {
  const info = (await docker.info()) as EngineInfo;
  const { name, version, context } = clientFacts('');
  return formatInfo(info, { name, version, context });
}

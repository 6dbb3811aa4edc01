import type Dockerode from 'dockerode';
import { formatNetworkLs, type EngineNetwork } from '../format/format-network-ls.ts';

/** `docker network ls`. */
export async function runNetworkLs(docker: Dockerode): Promise<string> {
  return formatNetworkLs((await docker.listNetworks()) as EngineNetwork[]);
}

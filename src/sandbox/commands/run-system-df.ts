import type Dockerode from 'dockerode';
import { formatSystemDf, type EngineDiskUsage } from '../format/format-system-df.ts';

/** `docker system df`. */
export async function runSystemDf(docker: Dockerode): Promise<string> {
  return formatSystemDf((await docker.df()) as EngineDiskUsage);
}

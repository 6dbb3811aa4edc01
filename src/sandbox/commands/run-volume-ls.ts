import type Dockerode from 'dockerode';
import { formatVolumeLs, type EngineVolume } from '../format/format-volume-ls.ts';

/** `docker volume ls`. */
export async function runVolumeLs(docker: Dockerode): Promise<string> {
  const list = (await docker.listVolumes()) as { Volumes?: EngineVolume[] | null };
  return formatVolumeLs(list.Volumes ?? []);
}

import type Dockerode from 'dockerode';
import { formatTop, type EngineTop } from '../format/format-top.ts';
import type { SandboxCommand } from '../sandbox-command.ts';
import { onEngine } from './engine-error.ts';
import { onlyTarget } from './only-target.ts';

/** `docker top CONTAINER`. */
export async function runTop(docker: Dockerode, command: SandboxCommand): Promise<string> {
  const name = onlyTarget(command);
  const top = (await onEngine(() => docker.getContainer(name).top(), 'container', name)) as EngineTop;
  return formatTop(top);
}

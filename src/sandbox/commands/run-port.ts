import type Dockerode from 'dockerode';
import { DockhandError } from '../../errors.ts';
import { formatPort, type EnginePortMap } from '../format/format-port.ts';
import type { SandboxCommand } from '../sandbox-command.ts';
import { onEngine } from './engine-error.ts';
import { onlyTarget } from './only-target.ts';

/** `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (the port, if any, is the second target). */
export async function runPort(docker: Dockerode, command: SandboxCommand): Promise<string> {
  const name = onlyTarget(command);
  const privatePort = command.targets[1];
  if (privatePort !== undefined && !/^\d{1,5}(\/[a-z]+)?$/.test(privatePort)) {
    throw new DockhandError('BAD_ARGS', `Error: invalid port (${privatePort.split('/')[0]})`);
  }
  const info = await onEngine(() => docker.getContainer(name).inspect(), 'container', name);
  const out = formatPort(info.NetworkSettings?.Ports as EnginePortMap, privatePort);
  if (out === null) throw new DockhandError('BAD_ARGS', `Error: No public port '${privatePort}' published for ${name}`);
  return out;
}

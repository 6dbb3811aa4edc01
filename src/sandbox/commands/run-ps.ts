import type Dockerode from 'dockerode';
import { formatPs, type EngineContainer } from '../format/format-ps.ts';
import type { SandboxCommand } from '../sandbox-command.ts';

/** The list query the CLI sends for `ps` flags: -n/-l become a limit (which implies all). */
export function psQuery(flags: SandboxCommand['flags']): Dockerode.ContainerListOptions {
  const query: Dockerode.ContainerListOptions = { all: flags.all ?? false, size: flags.size ?? false };
  const limit = flags.last !== undefined && flags.last > 0 ? flags.last : flags.latest ? 1 : undefined;
  if (limit !== undefined) query.limit = limit;
  if (flags.filters && Object.keys(flags.filters).length > 0) query.filters = flags.filters;
  return query;
}

/** `docker ps` / `docker container ls`. */
export async function runPs(docker: Dockerode, command: SandboxCommand, now: Date): Promise<string> {
  const containers = (await docker.listContainers(psQuery(command.flags))) as EngineContainer[];
  return formatPs(containers, { quiet: command.flags.quiet, noTrunc: command.flags.noTrunc, size: command.flags.size, now });
}

import type Dockerode from 'dockerode';
import { formatStats, type EngineStats } from '../format/format-stats.ts';
import type { SandboxCommand } from '../sandbox-command.ts';
import { onEngine } from './engine-error.ts';

/**
 * `docker stats --no-stream [CONTAINER…]`: the named containers in the order given, else the
 * running ones. One-shot stats take the engine about a second each (it samples CPU twice), so
 * they are fetched in parallel as the CLI does.
 */
export async function runStats(docker: Dockerode, command: SandboxCommand): Promise<string> {
  const names = command.targets.length > 0 ? command.targets : (await docker.listContainers({ all: false })).map((c) => c.Id);
  const stats = await Promise.all(
    names.map((name) => onEngine(() => docker.getContainer(name).stats({ stream: false }), 'container', name)),
  );
  return formatStats(stats as unknown as EngineStats[], { noTrunc: command.flags.noTrunc });
}

import type Dockerode from 'dockerode';
import { formatHistory, type EngineHistoryItem } from '../format/format-history.ts';
import type { SandboxCommand } from '../sandbox-command.ts';
import { onEngine } from './engine-error.ts';
import { onlyTarget } from './only-target.ts';

/** `docker history IMAGE`. */
export async function runHistory(docker: Dockerode, command: SandboxCommand, now: Date): Promise<string> {
  const name = onlyTarget(command);
  const items = (await onEngine(() => docker.getImage(name).history(), 'image', name)) as EngineHistoryItem[];
  return formatHistory(items, { quiet: command.flags.quiet, noTrunc: command.flags.noTrunc, now });
}

import { DockhandError } from '../../errors.ts';
import type { SandboxCommand } from '../sandbox-command.ts';

/** The one CONTAINER or IMAGE argument a command needs (policy already guarantees it). */
export function onlyTarget(command: SandboxCommand): string {
  const target = command.targets[0];
  if (!target) {
    throw new DockhandError('BAD_ARGS', `"docker ${command.name}" requires a container or image name`, { problem: 'missing-target', command: command.name });
  }
  return target;
}

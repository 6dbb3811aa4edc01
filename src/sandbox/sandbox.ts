import type { EngineInventory } from './dry-run/engine-inventory.ts';
import type { OutputLimits, SandboxOutput } from './output-limits.ts';
import type { SandboxCommand } from './sandbox-command.ts';

export type { SandboxOutput } from './output-limits.ts';

export interface SandboxStatus {
  reachable: boolean;
  engineVersion: string | null;
  containers: number | null;
  running: number | null;
}

/** Where the sandbox says what went wrong (pino's signature). */
export interface SandboxLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * The role: a Docker host that answers read-only commands with the docker CLI's text, within
 * output limits (`more` counts the rows left out). Failures reject with a coded DockhandError.
 */
export interface Sandbox {
  run(command: SandboxCommand, limits?: OutputLimits): Promise<SandboxOutput>;
  status(): Promise<SandboxStatus>;
  /** Every container and image with its state, for dry runs to predict what docker would do. */
  inventory(): Promise<EngineInventory>;
}

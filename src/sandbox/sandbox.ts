import type { EngineInventory } from './dry-run/engine-inventory.ts';
import type { SandboxCommand } from './sandbox-command.ts';

export interface SandboxStatus {
  reachable: boolean;
  engineVersion: string | null;
  containers: number | null;
  running: number | null;
}

/** The role: a Docker host that answers read-only commands with the docker CLI's text. */
export interface Sandbox {
  run(command: SandboxCommand): Promise<string>;
  status(): Promise<SandboxStatus>;
  /** Every container and image with its state, for dry runs to predict what docker would do. */
  inventory(): Promise<EngineInventory>;
}

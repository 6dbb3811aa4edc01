import type { EngineClient } from '../engine/engine-client.ts';
import type { OutputLimits, SandboxOutput } from '../output-limits.ts';
import type { SandboxCommand } from '../sandbox-command.ts';

export interface RunContext {
  /** The clock the CREATED columns are measured against. */
  now: Date;
  limits: OutputLimits;
}

/** Runs one command that passed policy against the engine and returns the docker CLI's text. */
export type Runner = (engine: EngineClient, command: SandboxCommand, ctx: RunContext) => Promise<SandboxOutput>;

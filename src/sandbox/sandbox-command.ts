/** The read-only commands the sandbox runs, after parsing and policy. */
export type CommandName =
  | 'ps'
  | 'images'
  | 'history'
  | 'version'
  | 'info'
  | 'inspect'
  | 'logs'
  | 'top'
  | 'stats'
  | 'system-df'
  | 'network-ls'
  | 'volume-ls'
  | 'port';

export interface CommandFlags {
  all?: boolean;
  quiet?: boolean;
  noTrunc?: boolean;
  size?: boolean;
  /** `-n N` */
  last?: number;
  /** `-l` */
  latest?: boolean;
  /** `-f key=value`, grouped by key as the Engine API wants them. */
  filters?: Record<string, string[]>;
  /** `logs --tail`, already bounded by policy. */
  tail?: number;
  timestamps?: boolean;
  noStream?: boolean;
  /** `top CONTAINER [ps OPTIONS]`: the options, checked against an allowlist, joined by spaces. */
  psArgs?: string;
}

/** A command that passed policy: safe to run, whatever was typed. */
export interface SandboxCommand {
  name: CommandName;
  /** Normalised argv as shown to the user, e.g. ['docker', 'container', 'ls', '-a']. */
  argv: string[];
  flags: CommandFlags;
  /** Positional arguments: container or image names/ids. */
  targets: string[];
}

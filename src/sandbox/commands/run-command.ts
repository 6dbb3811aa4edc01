import type { EngineClient } from '../engine/engine-client.ts';
import { OUTPUT_LIMITS, type OutputLimits, type SandboxOutput } from '../output-limits.ts';
import type { CommandName, SandboxCommand } from '../sandbox-command.ts';
import type { Runner } from './run-context.ts';
import { runHistory } from './run-history.ts';
import { runImages } from './run-images.ts';
import { runInfo } from './run-info.ts';
import { runInspect } from './run-inspect.ts';
import { runLogs } from './run-logs.ts';
import { runNetworkLs } from './run-network-ls.ts';
import { runPort } from './run-port.ts';
import { runPs } from './run-ps.ts';
import { runStats } from './run-stats.ts';
import { runSystemDf } from './run-system-df.ts';
import { runTop } from './run-top.ts';
import { runVersion } from './run-version.ts';
import { runVolumeLs } from './run-volume-ls.ts';

const RUNNERS: Record<CommandName, Runner> = {
  ps: runPs,
  images: runImages,
  history: runHistory,
  version: runVersion,
  info: runInfo,
  inspect: runInspect,
  logs: runLogs,
  top: runTop,
  stats: runStats,
  'system-df': runSystemDf,
  'network-ls': runNetworkLs,
  'volume-ls': runVolumeLs,
  port: runPort,
};

/**
 * Runs a command that already passed policy and returns exactly what the docker CLI would
 * print, within `limits` (the rows left out counted in `more`). `now` is the clock the CREATED
 * columns are measured against.
 */
export function runCommand(
  engine: EngineClient,
  command: SandboxCommand,
  now: Date = new Date(),
  limits: OutputLimits = OUTPUT_LIMITS,
): Promise<SandboxOutput> {
  return RUNNERS[command.name](engine, command, { now, limits });
}

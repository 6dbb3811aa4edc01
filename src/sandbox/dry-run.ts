import { isDockhandError } from '../errors.ts';
import { checkPolicy } from './check-policy.ts';
import { resolveCommand } from './docker-commands.ts';
import type { ParsedCommand } from './parse-command.ts';
import type { Sandbox } from './sandbox.ts';
import type { SandboxCommand } from './sandbox-command.ts';

/** A cleanup idiom and the read-only listing that shows what it would remove. */
export interface DryRunPlan {
  /** The idiom as typed, normalised: ['docker', 'rm', '$(docker container ls -aq)']. */
  command: string[];
  /** The canonical name of the removing command, for the card look-up ("container rm"). */
  removes: string;
  listing: SandboxCommand;
}

export interface DryRunResult {
  output: string;
  /** How many containers or images the idiom would remove right now. */
  count: number;
}

/** The outer command of `X $(docker … -q)`: which listing may feed it, and the flags it may carry. */
const REMOVERS: Record<string, { listing: string; flags: RegExp }> = {
  'container rm': { listing: 'ps', flags: /^-(f|v|fv|vf)$|^--(force|volumes)$/ },
  'image rm': { listing: 'images', flags: /^-f$|^--(force|no-prune)$/ },
};

/**
 * `container prune` removes every container that is not running (created, exited, dead: paused and
 * restarting ones count as running); `image prune` without -a only dangling images.
 */
const PRUNES: Record<string, { flags: RegExp; listing: string[] }> = {
  'container prune': {
    flags: /^-f$|^--force$/,
    listing: ['container', 'ls', '-a', '-f', 'status=created', '-f', 'status=exited', '-f', 'status=dead'],
  },
  'image prune': { flags: /^-f$|^--force$/, listing: ['image', 'ls', '-f', 'dangling=true'] },
};

function policyOrNull(argv: string[]): SandboxCommand | null {
  try {
    return checkPolicy(argv);
  } catch (err) {
    if (isDockhandError(err)) return null;
    throw err;
  }
}

function planSubstitution(argv: string[], inner: string[]): DryRunPlan | null {
  const outer = resolveCommand(argv);
  const remover = outer && REMOVERS[outer.command.name];
  if (!outer || !remover || !argv.slice(outer.words).every((a) => remover.flags.test(a))) return null;
  if (inner[0] !== 'docker' && !(inner[0] === 'sudo' && inner[1] === 'docker')) return null;
  const listing = policyOrNull(inner.slice(inner.indexOf('docker') + 1));
  if (!listing || listing.name !== remover.listing || !listing.flags.quiet) return null;
  return { command: ['docker', ...argv, `$(${listing.argv.join(' ')})`], removes: outer.command.name, listing };
}

function planPrune(argv: string[]): DryRunPlan | null {
  const resolved = resolveCommand(argv);
  const prune = resolved && PRUNES[resolved.command.name];
  if (!resolved || !prune || !argv.slice(resolved.words).every((a) => prune.flags.test(a))) return null;
  const listing = policyOrNull(prune.listing);
  return listing && { command: ['docker', ...argv], removes: resolved.command.name, listing };
}

/**
 * The notes' cleanup idioms (`docker rm $(docker container ls -f "status=exited" -q)`,
 * `docker rm $(docker container ls -aq)`, `docker rmi $(docker images -q)`, `docker container prune`,
 * `docker image prune`) → the read-only listing that shows what they would remove; null for anything else.
 */
export function planDryRun(parsed: ParsedCommand): DryRunPlan | null {
  return parsed.substitution ? planSubstitution(parsed.argv, parsed.substitution) : planPrune(parsed.argv);
}

/** Runs only the listing: the sandbox removes nothing. */
export async function runDryRun(plan: DryRunPlan, sandbox: Sandbox): Promise<DryRunResult> {
  const { text: output, more } = await sandbox.run(plan.listing);
  const lines = output.split('\n').filter((l) => l.trim() !== '');
  // An image with two tags prints its id twice; it is removed once. Rows past the sandbox's
  // output limit were only counted.
  const count = (plan.listing.flags.quiet ? new Set(lines).size : Math.max(0, lines.length - 1)) + more;
  return { output, count };
}

import { isDockhandError } from '../errors.ts';
import type { DryRunItem, DryRunReply } from '../reply.ts';
import { checkPolicy } from './check-policy.ts';
import { resolveCommand } from './docker-commands.ts';
import { predictContainerPrune, predictContainerRm } from './dry-run/predict-container-rm.ts';
import { predictImagePrune, predictImageRm } from './dry-run/predict-image-rm.ts';
import { cleanCell } from './format/clean-text.ts';
import type { OutputLimits } from './output-limits.ts';
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
  /** The removing command's own flags, as typed (`-f`, `--no-prune`…). */
  flags: string[];
}

export interface DryRunResult {
  objects: DryRunReply['objects'];
  /** Every argument or object, in the order docker would act on it. */
  items: DryRunItem[];
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
  return { command: ['docker', ...argv, `$(${listing.argv.join(' ')})`], removes: outer.command.name, listing, flags: argv.slice(outer.words) };
}

function planPrune(argv: string[]): DryRunPlan | null {
  const resolved = resolveCommand(argv);
  const prune = resolved && PRUNES[resolved.command.name];
  if (!resolved || !prune || !argv.slice(resolved.words).every((a) => prune.flags.test(a))) return null;
  const listing = policyOrNull(prune.listing);
  return listing && { command: ['docker', ...argv], removes: resolved.command.name, listing, flags: argv.slice(resolved.words) };
}

/**
 * The notes' cleanup idioms (`docker rm $(docker container ls -f "status=exited" -q)`,
 * `docker rm $(docker container ls -aq)`, `docker rmi $(docker images -q)`, `docker container prune`,
 * `docker image prune`) → the read-only listing that shows what they would remove; null for anything else.
 */
export function planDryRun(parsed: ParsedCommand): DryRunPlan | null {
  return parsed.substitution ? planSubstitution(parsed.argv, parsed.substitution) : planPrune(parsed.argv);
}

/** What `$(docker … -q)` hands over: one ID per line; anything else (a bound's "… and N more") is no argument. */
function idsOf(output: string): string[] {
  return output.split('\n').map((l) => l.trim()).filter((l) => /^(sha256:)?[0-9a-f]{12,64}$/.test(l));
}

/**
 * The listing feeds the prediction, so it is read whole, not cut to what a reply shows: more rows
 * than the engine's byte cap lets through (the reply fails as too large first), at a full ID each.
 */
export const LISTING_LIMITS: OutputLimits = { rows: 50_000, chars: 50_000 * 72 };

/** What reaches people and logs comes from the engine: every field redacted and its control characters escaped. */
function cleanItem(item: DryRunItem): DryRunItem {
  return {
    ...item,
    id: cleanCell(item.id),
    name: cleanCell(item.name),
    image: cleanCell(item.image),
    status: cleanCell(item.status),
    refusal: item.refusal === null ? null : cleanCell(item.refusal),
  };
}

async function predict(plan: DryRunPlan, sandbox: Sandbox): Promise<DryRunResult> {
  const force = plan.flags.some((f) => /^-[a-z]*f[a-z]*$|^--force$/.test(f));
  if (plan.removes === 'container prune') return { objects: 'containers', items: predictContainerPrune(await sandbox.inventory()) };
  if (plan.removes === 'image prune') return { objects: 'images', items: predictImagePrune(await sandbox.inventory()) };
  const args = idsOf((await sandbox.run(plan.listing, LISTING_LIMITS)).text);
  const inventory = await sandbox.inventory();
  if (plan.removes === 'image rm') {
    return { objects: 'images', items: predictImageRm(inventory, args, { force, prune: !plan.flags.includes('--no-prune') }) };
  }
  return { objects: 'containers', items: predictContainerRm(inventory, args, { force }) };
}

/**
 * Runs only the listing and reads the engine's state, then predicts what docker would do with each
 * container or image: the sandbox removes nothing.
 */
export async function runDryRun(plan: DryRunPlan, sandbox: Sandbox): Promise<DryRunResult> {
  const { objects, items } = await predict(plan, sandbox);
  return { objects, items: items.map(cleanItem) };
}

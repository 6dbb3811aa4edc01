import { DockhandError, type BadArgsDetails, type BadArgsProblem } from '../errors.ts';
import { resolveCommand } from './docker-commands.ts';
import { ESCAPING_FLAGS, RULES, TAIL_DEFAULT, TAIL_MAX, type CommandRule, type FlagRule } from './policy-rules.ts';
import { psArgs } from './policy-values.ts';
import type { CommandFlags, SandboxCommand } from './sandbox-command.ts';

/** Container and image names/ids/references: docker's own alphabet, no path tricks. */
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_.:/@-]{0,199}$/;
const MAX_VALUE = 200;

const badArgs = (command: string, problem: BadArgsProblem, extra: Omit<BadArgsDetails, 'problem' | 'command'> = {}) =>
  new DockhandError('BAD_ARGS', `${command}: ${problem}${extra.value !== undefined ? ` (${extra.value.slice(0, 60)})` : ''}`, {
    command, problem, ...extra,
  });

function refuseFlag(command: string | null, flag: string, rule?: CommandRule): DockhandError {
  const escaping = ESCAPING_FLAGS.has(flag) || flag.startsWith('--tls');
  const accepted = rule?.flags.map((f) => (f.short ? `-${f.short}/--${f.long}` : `--${f.long}`)) ?? [];
  return new DockhandError('FLAG_NOT_ALLOWED', `${command ?? 'docker'}: flag ${flag} is not allowed`, {
    command, flag, escaping, accepted,
  });
}

interface Parsed {
  flags: CommandFlags;
  targets: string[];
  /** Canonical spelling of the flags, in the order typed. */
  shown: string[];
  /** `top CONTAINER [ps OPTIONS]`: the words after the container, as typed. */
  rest: string[];
}

function setFlag(command: string, rule: FlagRule, value: string | undefined, out: Parsed): void {
  const spelling = rule.short ? `-${rule.short}` : `--${rule.long}`;
  if (!rule.value) {
    if (value !== undefined && !/^(true|false)$/.test(value)) throw badArgs(command, 'bad-value', { flag: spelling, value, expects: 'bool' });
    const on = value !== 'false';
    (out.flags as Record<string, unknown>)[rule.key] = on;
    if (on) out.shown.push(spelling);
    return;
  }
  if (value === undefined) throw badArgs(command, 'missing-value', { flag: spelling });
  if (value.length > MAX_VALUE) throw badArgs(command, 'too-long', { flag: spelling });
  out.shown.push(spelling, value);
  if (rule.value === 'filter') {
    const eq = value.indexOf('=');
    if (eq < 1) throw badArgs(command, 'bad-filter', { flag: spelling, value });
    // No prototype: a typed key such as `__proto__` must stay a plain (refused) key.
    const filters = (out.flags.filters ??= Object.create(null) as Record<string, string[]>);
    (filters[value.slice(0, eq)] ??= []).push(value.slice(eq + 1));
  } else if (rule.value === 'int') {
    if (!/^-?\d{1,6}$/.test(value)) throw badArgs(command, 'bad-value', { flag: spelling, value, expects: 'int' });
    (out.flags as Record<string, unknown>)[rule.key] = Number(value);
  } else {
    if (!/^(\d{1,9}|all)$/.test(value)) throw badArgs(command, 'bad-value', { flag: spelling, value, expects: 'tail' });
    out.flags.tail = value === 'all' ? TAIL_MAX : Number(value);
  }
}

/** pflag's grammar: `-aq`, `-n3`, `-n 3`, `--tail=5`, `--tail 5`, flags after names, `--`. */
function parseFlags(command: string, rule: CommandRule, args: string[]): Parsed {
  const out: Parsed = { flags: {}, targets: [], shown: [], rest: [] };
  const byLong = new Map(rule.flags.map((f) => [f.long, f]));
  const byShort = new Map(rule.flags.flatMap((f) => (f.short ? [[f.short, f] as const] : [])));
  let rest = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // As the CLI parses `top` (interspersed flags off): after the container, every word is for ps.
    if (rule.psArgs && out.targets.length > 0) out.rest.push(arg);
    else if (rest || arg === '-' || !arg.startsWith('-')) out.targets.push(arg);
    else if (arg === '--') rest = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const flag = byLong.get(name);
      if (!flag) throw refuseFlag(command, `--${name}`, rule);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      setFlag(command, flag, inline ?? (flag.value ? args[++i] : undefined), out);
    } else {
      for (let j = 1; j < arg.length; j++) {
        const flag = byShort.get(arg[j]!);
        if (!flag) throw refuseFlag(command, `-${arg[j]}`, rule);
        if (!flag.value) {
          setFlag(command, flag, undefined, out);
          continue;
        }
        setFlag(command, flag, arg.slice(j + 1) || args[++i], out);
        break;
      }
    }
  }
  return out;
}

function checkFilters(command: string, rule: CommandRule, filters: Record<string, string[]> | undefined): void {
  for (const [key, values] of Object.entries(filters ?? {})) {
    const filter = rule.filters && Object.hasOwn(rule.filters, key) ? rule.filters[key] : undefined;
    if (!filter) throw badArgs(command, 'unknown-filter', { value: key, accepted: Object.keys(rule.filters ?? {}) });
    const bad = values.find((v) => !filter.valid(v));
    if (bad !== undefined) {
      throw badArgs(command, 'bad-filter-value', { flag: key, value: bad, ...(filter.accepted ? { accepted: [...filter.accepted] } : {}) });
    }
  }
}

const EXAMPLES: Partial<Record<CommandRule['name'], string>> = { history: 'hello-world', images: 'hello-world' };

function checkTargets(command: string, rule: CommandRule, targets: string[]): void {
  const [min, max] = rule.targets;
  if (targets.length < min) throw badArgs(command, 'missing-target', { example: EXAMPLES[rule.name] ?? 'web' });
  if (targets.length > max) throw badArgs(command, max === 0 ? 'no-targets' : 'too-many-targets', { value: targets[max] });
  const bad = targets.find((t) => !TARGET.test(t) || t.includes('..') || t.includes('//') || t.endsWith('/'));
  if (bad !== undefined) throw badArgs(command, 'bad-name', { value: bad.slice(0, 60) });
  targets.forEach((t, i) => {
    const value = rule.values?.[i];
    if (value && !value.check(t)) throw badArgs(command, value.problem, { value: t.slice(0, 60) });
  });
}

function checkPsArgs(command: string, parsed: Parsed): void {
  if (parsed.rest.length === 0) return;
  const args = psArgs(parsed.rest);
  if (args === null) throw badArgs(command, 'bad-ps-args', { value: parsed.rest.join(' ').slice(0, 60) });
  parsed.flags.psArgs = args;
}

/** What the sandbox runs whatever was typed: `stats` never streams, `logs` is always bounded. */
function applyBounds(parsed: Parsed, rule: CommandRule): void {
  if (rule.name === 'stats' && !parsed.flags.noStream) {
    parsed.flags.noStream = true;
    parsed.shown.push('--no-stream');
  }
  if (rule.name === 'logs') {
    const tail = Math.min(parsed.flags.tail ?? TAIL_DEFAULT, TAIL_MAX);
    parsed.flags.tail = tail;
    // Shown once, with the value really used, wherever and however often it was typed.
    for (let at = parsed.shown.indexOf('-n'); at >= 0; at = parsed.shown.indexOf('-n')) parsed.shown.splice(at, 2);
    parsed.shown.push('--tail', String(tail));
  }
}

/**
 * argv (after `docker`) → a command the sandbox may run, or a DockhandError saying why not:
 * NOT_ALLOWED (a command that changes, exports or streams), FLAG_NOT_ALLOWED (a flag outside the
 * command's allowlist, or one that points docker elsewhere), BAD_ARGS (missing/odd values or names).
 */
export function checkPolicy(argv: readonly string[]): SandboxCommand {
  const first = argv[0];
  if (first === undefined) throw badArgs('docker', 'empty');
  if (first.startsWith('-')) throw refuseFlag(null, first.split('=')[0]!);
  const resolved = resolveCommand(argv);
  if (!resolved || resolved.command.effect) {
    const name = resolved?.command.name ?? first;
    throw new DockhandError('NOT_ALLOWED', `docker ${name} is not a read-only command the sandbox runs`, {
      command: name,
      typed: argv.slice(0, resolved?.words ?? 1).join(' '),
      effect: resolved?.command.effect ?? 'unknown',
    });
  }
  const rule = RULES[resolved.command.name]!;
  const words = argv.slice(0, resolved.words);
  // Messages quote the command as typed (`history`, not `image history`).
  const name = words.join(' ');
  const parsed = parseFlags(name, rule, argv.slice(resolved.words));
  checkFilters(name, rule, parsed.flags.filters);
  checkTargets(name, rule, parsed.targets);
  checkPsArgs(name, parsed);
  applyBounds(parsed, rule);
  return {
    name: rule.name,
    argv: ['docker', ...words, ...parsed.shown, ...parsed.targets, ...parsed.rest],
    flags: parsed.flags,
    targets: parsed.targets,
  };
}

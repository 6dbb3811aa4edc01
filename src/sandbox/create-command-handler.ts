import type { CommandHandler } from '../dispatch.ts';
import { DockhandError, isDockhandError, type ErrorCode } from '../errors.ts';
import type { CardStore } from '../knowledge/card-store.ts';
import { detectLang } from '../lang/detect-lang.ts';
import type { Lang } from '../lang/lang.ts';
import type { Input, Reply } from '../reply.ts';
import { boundOutput } from './bound-output.ts';
import { checkPolicy } from './check-policy.ts';
import { toSandboxError } from './docker-sandbox.ts';
import { planDryRun, runDryRun } from './dry-run.ts';
import { explainRefusal } from './explain-refusal.ts';
import { explainSandboxError } from './explain-sandbox-error.ts';
import { findCard } from './find-card.ts';
import { isCommand } from './is-command.ts';
import { normalizeCommandText } from './normalize-command-text.ts';
import { parseCommand, stripDocker, type ParsedCommand } from './parse-command.ts';
import type { Sandbox } from './sandbox.ts';
import type { SandboxCommand } from './sandbox-command.ts';

/** The most of a cut output kept whole for a file upload. */
const MAX_FULL_OUTPUT = 1_000_000;

/** Items a dry run lists one by one; the totals still count them all. */
export const MAX_DRY_RUN_ITEMS = 30;

/** One audit line per command: who ran what, where, with what outcome, how long it took. */
export interface AuditEntry {
  user: string | null;
  channel: string | null;
  surface: Input['surface'];
  argv: string[] | null;
  outcome: 'run' | 'refused' | 'dry-run' | 'error';
  code: ErrorCode | null;
  ms: number;
}

export interface CommandHandlerOptions {
  sandbox: Sandbox;
  cards: CardStore;
  audit?: (entry: AuditEntry) => void;
}

/** A refusal from parsing or policy (never from the engine: those are errors). */
class Refusal {
  constructor(readonly error: DockhandError, readonly argv: string[] | null) {}
}

/** The engine side failed (down, slow, no such container) while running argv. */
class RunFailure {
  constructor(readonly error: unknown, readonly argv: string[]) {}
}

async function running<T>(argv: string[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw new RunFailure(err, argv);
  }
}

/** For a refused pipeline, the docker words before the first shell character still name a card. */
function wordsBeforeShell(text: string): string[] {
  const head = normalizeCommandText(text).split(/[;|&<>`\n\r]|\$[({]/)[0] ?? '';
  return stripDocker(head.split(/\s+/).filter(Boolean));
}

function parseOrRefuse(text: string): ParsedCommand {
  try {
    return parseCommand(text);
  } catch (err) {
    if (isDockhandError(err)) throw new Refusal(err, null);
    throw err;
  }
}

/**
 * The sandbox side of the dispatcher: null for questions; otherwise a `run`, `dry-run`, `refused`
 * or `error` Reply in the asker's language, with the card that teaches the command.
 */
export function createCommandHandler({ sandbox, cards, audit }: CommandHandlerOptions): CommandHandler {
  const cardRef = (argv: readonly string[] | null, lang: Lang) => {
    const id = argv ? findCard(cards, argv) : null;
    return (id && cards.ref(id, lang)) || null;
  };

  async function execute(text: string, lang: Lang): Promise<Reply> {
    const parsed = parseOrRefuse(text);
    const plan = planDryRun(parsed);
    if (plan) {
      const { objects, items } = await running(plan.command, () => runDryRun(plan, sandbox));
      const card = cardRef(plan.removes.split(' '), lang);
      const total = { removed: 0, refused: 0, kept: 0 };
      for (const item of items) total[item.outcome]++;
      return { kind: 'dry-run', lang, command: plan.command, listed: plan.listing.argv, objects, items: items.slice(0, MAX_DRY_RUN_ITEMS), total, card };
    }
    const argv = ['docker', ...parsed.argv];
    if (parsed.substitution) {
      throw new Refusal(new DockhandError('SHELL_SYNTAX', 'command substitution is not accepted', { token: '$(…)' }), argv);
    }
    let command: SandboxCommand;
    try {
      command = checkPolicy(parsed.argv);
    } catch (err) {
      if (isDockhandError(err)) throw new Refusal(err, argv);
      throw err;
    }
    const output = await running(command.argv, () => sandbox.run(command));
    const shown = boundOutput(output, lang);
    return { kind: 'run', lang, command: command.argv, output: shown, ...(shown !== output ? { full: output.slice(0, MAX_FULL_OUTPUT) } : {}) };
  }

  function failure(err: unknown, text: string, lang: Lang): Reply {
    if (err instanceof Refusal) {
      const { error, argv } = err;
      const card = cardRef(argv ? argv.slice(1) : wordsBeforeShell(text), lang);
      return { kind: 'refused', lang, command: argv, code: error.code, reason: explainRefusal(error, lang), card };
    }
    const error = toSandboxError(err instanceof RunFailure ? err.error : err);
    const command = err instanceof RunFailure ? err.argv : null;
    return { kind: 'error', lang, command, code: error.code, message: explainSandboxError(error, lang) };
  }

  return {
    async handle(input) {
      if (!isCommand(input.text)) return null;
      const lang = detectLang(input.text);
      const started = performance.now();
      let reply: Reply;
      try {
        reply = await execute(input.text, lang);
      } catch (err) {
        reply = failure(err, input.text, lang);
      }
      audit?.({
        user: input.user ?? null,
        channel: input.channel ?? null,
        surface: input.surface,
        argv: 'command' in reply ? reply.command : null,
        outcome: reply.kind as AuditEntry['outcome'],
        code: 'code' in reply ? reply.code : null,
        ms: Math.round(performance.now() - started),
      });
      return reply;
    },
  };
}

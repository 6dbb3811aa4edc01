import type { CommandHandler } from '../dispatch.ts';
import { DockhandError, isDockhandError, type AnyDockhandError, type ErrorCode } from '../errors.ts';
import type { CardStore } from '../knowledge/card-store.ts';
import { detectLang } from '../lang/detect-lang.ts';
import type { Lang } from '../lang/lang.ts';
import type { Input, Reply } from '../reply.ts';
import { boundOutput } from './bound-output.ts';
import { checkPolicy } from './check-policy.ts';
import { describeFailure } from './describe-failure.ts';
import { displayArgv } from './display-argv.ts';
import { planDryRun, runDryRun } from './dry-run.ts';
import { explainRefusal } from './explain-refusal.ts';
import { explainSandboxError } from './explain-sandbox-error.ts';
import { findCard } from './find-card.ts';
import { redactArgv } from './format/redact-text.ts';
import { isCommand } from './is-command.ts';
import { normalizeCommandText } from './normalize-command-text.ts';
import { parseCommand, stripDocker, type ParsedCommand } from './parse-command.ts';
import type { Sandbox, SandboxLogger } from './sandbox.ts';

/** No bounds but the sandbox's own: what a file upload of the whole output holds. */
const WHOLE = { maxRows: Number.POSITIVE_INFINITY, maxChars: Number.POSITIVE_INFINITY };

/** Items a dry run lists one by one; the totals still count them all. */
export const MAX_DRY_RUN_ITEMS = 30;

/** One audit line per command: who ran what, where, with what outcome, how long it took. */
export interface AuditEntry {
  user: string | null;
  channel: string | null;
  surface: Input['surface'];
  /** As shown to the user: redacted. */
  argv: string[] | null;
  outcome: 'run' | 'refused' | 'dry-run' | 'error';
  code: ErrorCode | null;
  ms: number;
}

export interface CommandHandlerOptions {
  sandbox: Sandbox;
  cards: CardStore;
  audit?: (entry: AuditEntry) => void;
  /** Where a bug in the handler itself is logged (sandbox failures are logged by the sandbox). */
  logger?: SandboxLogger;
}

/** For a refused pipeline, the docker words before the first shell character still name a card. */
function wordsBeforeShell(text: string): string[] {
  const head = normalizeCommandText(text).split(/[;|&<>`\n\r]|\$[({]/)[0] ?? '';
  return stripDocker(head.split(/\s+/).filter(Boolean));
}

type Parsed = { ok: true; parsed: ParsedCommand } | { ok: false; error: AnyDockhandError };

function parse(text: string): Parsed {
  try {
    return { ok: true, parsed: parseCommand(text) };
  } catch (err) {
    if (isDockhandError(err)) return { ok: false, error: err };
    throw err;
  }
}

/**
 * The sandbox side of the dispatcher: null for questions; otherwise a `run`, `dry-run`, `refused`
 * or `error` Reply in the asker's language, with the card that teaches the command. Commands are
 * shown redacted (a typed password never comes back) and quoted as a shell would need them.
 */
export function createCommandHandler({ sandbox, cards, audit, logger }: CommandHandlerOptions): CommandHandler {
  const cardRef = (words: readonly string[], lang: Lang) => {
    const id = findCard(cards, words);
    return (id && cards.ref(id, lang)) || null;
  };

  const refused = (error: AnyDockhandError, argv: string[] | null, text: string, lang: Lang): Reply => ({
    kind: 'refused',
    lang,
    command: argv && displayArgv(argv),
    code: error.code,
    reason: explainRefusal(error, lang),
    card: cardRef(argv ? argv.slice(1) : wordsBeforeShell(text), lang),
  });

  const failed = (error: AnyDockhandError, argv: string[], lang: Lang): Reply => ({
    kind: 'error',
    lang,
    command: displayArgv(argv),
    code: error.code,
    message: explainSandboxError(error, lang),
  });

  async function execute(text: string, lang: Lang): Promise<Reply> {
    const result = parse(text);
    if (!result.ok) return refused(result.error, null, text, lang);
    const { parsed } = result;
    const plan = planDryRun(parsed);
    if (plan) {
      try {
        const { objects, items } = await runDryRun(plan, sandbox);
        const card = cardRef(plan.removes.split(' '), lang);
        const total = { removed: 0, refused: 0, kept: 0 };
        for (const item of items) total[item.outcome]++;
        return {
          kind: 'dry-run', lang, command: displayArgv(plan.command), listed: displayArgv(plan.listing.argv),
          objects, items: items.slice(0, MAX_DRY_RUN_ITEMS), total, card,
        };
      } catch (err) {
        if (isDockhandError(err)) return failed(err, plan.command, lang);
        throw err;
      }
    }
    const argv = ['docker', ...parsed.argv];
    if (parsed.substitution) {
      const shown = [...argv, `$(${parsed.substitution.join(' ')})`];
      return refused(new DockhandError('SHELL_SYNTAX', 'command substitution is not accepted', { token: '$(…)' }), shown, text, lang);
    }
    let command;
    try {
      command = checkPolicy(parsed.argv);
    } catch (err) {
      if (isDockhandError(err)) return refused(err, argv, text, lang);
      throw err;
    }
    try {
      const output = await sandbox.run(command);
      const shown = boundOutput(output.text, lang, undefined, output.more);
      // The file gets what the sandbox printed (its own limits, OUTPUT_LIMITS) and what it only counted.
      const full = boundOutput(output.text, lang, WHOLE, output.more);
      return { kind: 'run', lang, command: displayArgv(command.argv), output: shown, ...(shown !== full ? { full } : {}) };
    } catch (err) {
      if (isDockhandError(err)) return failed(err, command.argv, lang);
      throw err;
    }
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
        // Not a refusal and not the sandbox: a bug here, reported as one.
        const bug = new DockhandError('INTERNAL_ERROR', 'the command handler failed', {}, { cause: err });
        logger?.error({ sandbox: true, code: bug.code, cause: describeFailure(err) }, 'command handler failed: a bug in Dockhand');
        reply = { kind: 'error', lang, command: null, code: bug.code, message: explainSandboxError(bug, lang) };
      }
      audit?.({
        user: input.user ?? null,
        channel: input.channel ?? null,
        surface: input.surface,
        argv: 'command' in reply && reply.command ? redactArgv(reply.command) : null,
        outcome: reply.kind as AuditEntry['outcome'],
        code: 'code' in reply ? reply.code : null,
        ms: Math.round(performance.now() - started),
      });
      return reply;
    },
  };
}

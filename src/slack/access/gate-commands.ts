import type { CommandHandler } from '../../dispatch.ts';
import type { ErrorCode } from '../../errors.ts';
import { detectLang } from '../../lang/detect-lang.ts';
import type { Input, RefusedReply, Reply } from '../../reply.ts';
import { slackMsg } from '../blocks/strings.ts';
import type { AuditLog } from './audit-log.ts';
import { redactArgv } from '../../sandbox/format/redact-text.ts';
import { isCommand } from '../../sandbox/is-command.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { mayUseSandbox, type SandboxAccess } from './sandbox-access.ts';
import type { SandboxSlots } from './sandbox-slots.ts';

export interface GateDeps {
  limiter: RateLimiter;
  audit: AuditLog;
  /** At most N commands at once; none means no cap. */
  slots?: SandboxSlots;
  /** How long a command waits for a free slot before it is refused as busy. */
  slotWaitMs?: number;
  /** A monotonic clock in ms, for the audit line's duration. */
  clock?: () => number;
}

const TOUCHED_SANDBOX = new Set<Reply['kind']>(['run', 'dry-run', 'error']);

/** The typed words, for a refusal before parsing: redacted, as everything shown and logged is. */
function words(text: string): string[] {
  return redactArgv(text.trim().split(/\s+/).filter(Boolean).slice(0, 50));
}

const who = (input: Input) => ({ user: input.user ?? null, channel: input.channel ?? null, surface: input.surface });

function refusal(input: Input, code: ErrorCode, access: SandboxAccess): RefusedReply {
  const lang = detectLang(input.text);
  const reason =
    code === 'RATE_LIMITED' ? slackMsg(lang, 'rateLimited', { n: access.ratePerMin })
    : code === 'SANDBOX_BUSY' ? slackMsg(lang, 'sandboxBusy')
    : slackMsg(lang, 'accessDenied');
  return { kind: 'refused', lang, command: words(input.text), code, reason, card: null };
}

/**
 * Wraps the command handler with the workspace's sandbox policy: access lists, a per-user rate,
 * a cap on commands at once, and one audit line per attempt. Anything that is not a command falls
 * through to the questions (touching neither the rate nor the cap), so people without sandbox
 * access still get answers.
 */
export function gateCommands(inner: CommandHandler, access: SandboxAccess, deps: GateDeps): CommandHandler {
  const clock = deps.clock ?? (() => performance.now());
  const deny = (input: Input, code: ErrorCode): Reply => {
    deps.audit.record({ ...who(input), argv: words(input.text), outcome: 'refused', code, ms: 0 });
    return refusal(input, code, access);
  };

  return {
    async handle(input) {
      if (!isCommand(input.text)) return null;
      if (!mayUseSandbox(access, input.user, input.channel)) return deny(input, 'ACCESS_DENIED');
      const key = input.user ?? input.channel ?? 'anonymous';
      if (!(await deps.limiter.take(key))) return deny(input, 'RATE_LIMITED');
      const started = clock();
      const release = deps.slots ? await deps.slots.acquire(deps.slotWaitMs ?? 5000) : () => {};
      if (!release) {
        await deps.limiter.refund(key);
        return deny(input, 'SANDBOX_BUSY');
      }
      const log = (argv: string[], outcome: string, code: ErrorCode | null) =>
        deps.audit.record({ ...who(input), argv, outcome, code, ms: clock() - started });
      let reply: Reply | null;
      try {
        reply = await inner.handle(input);
      } catch (err) {
        await deps.limiter.refund(key);
        log(words(input.text), 'exception', null);
        throw err;
      } finally {
        release();
      }
      if (!reply || !TOUCHED_SANDBOX.has(reply.kind)) await deps.limiter.refund(key);
      if (reply) log('command' in reply && reply.command ? reply.command : words(input.text), reply.kind, 'code' in reply ? reply.code : null);
      return reply;
    },
  };
}

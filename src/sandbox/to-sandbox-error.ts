import { DockhandError, isDockhandError, type AnyDockhandError, type UnreachableReason } from '../errors.ts';
import { daemonSaid } from './commands/engine-error.ts';
import { EngineHttpError } from './engine/engine-client.ts';
import { JsonStreamError } from './engine/json-stream.ts';
import { ReplyCutOffError, ReplyTooLargeError } from './engine/read-reply.ts';

/** Socket errors, by what they mean for someone waiting on the sandbox. */
const REASONS: Record<string, UnreachableReason> = {
  ECONNREFUSED: 'refused', ENOENT: 'no-socket', EACCES: 'permission', EPERM: 'permission', ECONNRESET: 'closed', EPIPE: 'closed',
  ECONNABORTED: 'closed', EHOSTUNREACH: 'network', ENETUNREACH: 'network', ETIMEDOUT: 'network', EHOSTDOWN: 'network', ENETDOWN: 'network',
  ENOTFOUND: 'name', EAI_AGAIN: 'name', ENOTSOCK: 'no-socket', ENOTDIR: 'no-socket',
};

/** TLS and ssh failures happen before any reply too: the engine was not reached. */
const isHandshakeFailure = (code: string, err: object): boolean =>
  /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_|EPROTO$|HPE_)/.test(code) || 'level' in err;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Any failure of a sandbox run → the coded error the handler explains, with the original kept
 * as `cause`: the deadline → SANDBOX_TIMEOUT; no connection → SANDBOX_UNREACHABLE (with why);
 * a reply that arrived but could not be read → ENGINE_BAD_REPLY or SANDBOX_TOO_LARGE; the engine's
 * own refusals → NOT_FOUND / ENGINE_ERROR; anything else is a bug in Dockhand: INTERNAL_ERROR.
 */
export function toSandboxError(err: unknown, signal?: AbortSignal): AnyDockhandError {
  if (signal?.aborted && isDockhandError(signal.reason, 'SANDBOX_TIMEOUT')) {
    const { ms } = signal.reason.details;
    return err === signal.reason ? signal.reason : new DockhandError('SANDBOX_TIMEOUT', signal.reason.message, { ms }, { cause: err });
  }
  if (isDockhandError(err)) return err;
  if (err instanceof ReplyTooLargeError) {
    return new DockhandError('SANDBOX_TOO_LARGE', `the sandbox answered with more than ${mb(err.limitBytes)}`, { limitBytes: err.limitBytes }, { cause: err });
  }
  if (err instanceof JsonStreamError) {
    return new DockhandError('ENGINE_BAD_REPLY', `the sandbox's reply is not readable JSON: ${err.message}`, { problem: err.problem }, { cause: err });
  }
  if (err instanceof ReplyCutOffError) {
    return new DockhandError('ENGINE_BAD_REPLY', err.message, { problem: 'truncated' }, { cause: err });
  }
  if (err instanceof EngineHttpError) {
    if (err.statusCode === 404) return new DockhandError('NOT_FOUND', daemonSaid(err.engineMessage), { kind: 'object' }, { cause: err });
    return new DockhandError('ENGINE_ERROR', daemonSaid(err.engineMessage || `HTTP ${err.statusCode}`), { statusCode: err.statusCode }, { cause: err });
  }
  const code = err && typeof err === 'object' && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : null;
  if (code !== null && (REASONS[code] || isHandshakeFailure(code, err as object))) {
    const reason = REASONS[code] ?? 'other';
    return new DockhandError('SANDBOX_UNREACHABLE', `the sandbox engine is not reachable (${code})`, { reason, sysCode: code }, { cause: err });
  }
  if (err && typeof err === 'object' && 'level' in err) {
    return new DockhandError('SANDBOX_UNREACHABLE', 'the sandbox engine is not reachable (ssh)', { reason: 'other' }, { cause: err });
  }
  return new DockhandError('INTERNAL_ERROR', 'Dockhand failed running the command (a bug in Dockhand, not the sandbox)', {}, { cause: err });
}

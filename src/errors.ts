/**
 * Coded errors: handlers branch on `code`, never on message text.
 * Messages are for operators and authors (logs, `kb check`); users see localized text from replies.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CARD_INVALID'
  | 'SHELL_SYNTAX'
  | 'NOT_ALLOWED'
  | 'FLAG_NOT_ALLOWED'
  | 'BAD_ARGS'
  | 'ENGINE_GUARD'
  | 'SANDBOX_UNREACHABLE'
  | 'SANDBOX_TIMEOUT'
  | 'NOT_FOUND'
  /** The engine refused a valid read (e.g. `top` on a stopped container): its own words are shown. */
  | 'ENGINE_ERROR'
  | 'RATE_LIMITED'
  /** Every sandbox slot stayed taken for as long as a command may wait (SANDBOX_MAX_CONCURRENT). */
  | 'SANDBOX_BUSY'
  | 'ACCESS_DENIED';

export class DockhandError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DockhandError';
    this.code = code;
    this.details = details;
  }
}

export function isDockhandError(err: unknown, code?: ErrorCode): err is DockhandError {
  return err instanceof DockhandError && (code === undefined || err.code === code);
}

/**
 * Coded errors: handlers branch on `code` (and the typed `details` of that code), never on message
 * text. Messages are for operators and authors (logs, `kb check`); users see localized text from
 * replies. The original failure, when there is one, is kept as `cause` for the log.
 */

/** Why a command's words were refused before anything ran. */
export type BadArgsProblem =
  | 'empty'
  | 'too-long'
  | 'unclosed-quote'
  | 'missing-target'
  | 'too-many-targets'
  | 'no-targets'
  | 'bad-name'
  | 'missing-value'
  | 'bad-value'
  | 'bad-filter'
  | 'bad-filter-value'
  | 'unknown-filter'
  | 'bad-ps-args'
  | 'bad-port'
  | 'bad-reference';

export interface BadArgsDetails {
  problem: BadArgsProblem;
  /** The command as typed (`ps`, `container ls`). */
  command?: string;
  /** The flag in canonical spelling (`-a`, `--tail`). */
  flag?: string;
  /** What the flag takes, for `bad-value`. */
  expects?: 'bool' | 'int' | 'tail';
  value?: string;
  example?: string;
  accepted?: string[];
}

/** What happened on the way to an engine that did not answer at all. */
export type UnreachableReason = 'refused' | 'no-socket' | 'permission' | 'closed' | 'network' | 'name' | 'other';

/** How an engine reply that did arrive could not be read. */
export type BadReplyProblem = 'not-json' | 'too-deep' | 'truncated' | 'shape' | 'bad-frames';

export interface ErrorDetails {
  CONFIG_INVALID: { variable?: string; value?: string; problems?: string[] };
  CARD_INVALID: { file: string; field: string; [more: string]: unknown };
  SHELL_SYNTAX: { token: string };
  NOT_ALLOWED: { command: string; typed: string; effect: string };
  FLAG_NOT_ALLOWED: { command: string | null; flag: string; escaping: boolean; accepted: string[] };
  BAD_ARGS: BadArgsDetails;
  /** Layer 3 refused a request the layers above let through: a bug or an attack, never a user's typo. */
  ENGINE_GUARD: { method: string; path: string };
  SANDBOX_UNREACHABLE: { reason: UnreachableReason; sysCode?: string };
  SANDBOX_TIMEOUT: { ms: number };
  /** Every run slot was taken for the whole of the deadline (other people's commands). */
  SANDBOX_BUSY: { running: number; limit: number };
  /** The reply was longer than Dockhand reads (the read stopped there). */
  SANDBOX_TOO_LARGE: { limitBytes: number };
  /** The engine answered, but what it sent could not be read (not JSON, too deep, cut off, wrong shape). */
  ENGINE_BAD_REPLY: { problem: BadReplyProblem; where?: string };
  NOT_FOUND: { kind: 'container' | 'image' | 'object' | 'port'; name?: string };
  /** The engine refused a valid read (e.g. `top` on a stopped container): its own words are shown. */
  ENGINE_ERROR: { statusCode: number };
  /** A bug in Dockhand itself, not the sandbox: reported as one, with the original as `cause`. */
  INTERNAL_ERROR: Record<string, never>;
  RATE_LIMITED: Record<string, never>;
  ACCESS_DENIED: Record<string, never>;
}

export type ErrorCode = keyof ErrorDetails;

export class DockhandError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly details: ErrorDetails[C];

  constructor(code: C, message: string, details: ErrorDetails[C], options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DockhandError';
    this.code = code;
    this.details = details;
  }
}

/** One member per code, so `if (err.code === 'BAD_ARGS')` narrows `err.details`. */
export type AnyDockhandError = { [C in ErrorCode]: DockhandError<C> }[ErrorCode];

export function isDockhandError(err: unknown): err is AnyDockhandError;
export function isDockhandError<C extends ErrorCode>(err: unknown, code: C): err is DockhandError<C>;
export function isDockhandError(err: unknown, code?: ErrorCode): boolean {
  return err instanceof DockhandError && (code === undefined || err.code === code);
}

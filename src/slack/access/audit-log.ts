import { pino, type DestinationStream, type Logger } from 'pino';

import type { ErrorCode } from '../../errors.ts';
import type { Surface } from '../../reply.ts';
import { redactArgv } from '../../sandbox/format/redact-text.ts';

/** The same fields as the command handler's own audit entry, so both kinds of line read alike. */
export interface AuditEntry {
  user: string | null;
  channel: string | null;
  surface: Surface;
  argv: string[];
  /** The reply kind (`run`, `dry-run`, `refused`, `error`), or `exception` when the handler threw. */
  outcome: string;
  /** Why it was refused or failed (`ACCESS_DENIED`, `RATE_LIMITED`, `NOT_ALLOWED`…). */
  code: ErrorCode | null;
  ms: number;
}

export interface AuditLog {
  record(entry: AuditEntry): void;
}

/**
 * One JSON line per sandbox attempt, to stdout unless a destination is given (tests, files). The
 * argv is redacted here whatever the caller passed: a typed password never reaches the log.
 */
export function createAuditLog(destination?: DestinationStream | Logger): AuditLog {
  const logger =
    destination && 'child' in destination
      ? destination.child({ audit: 'sandbox' })
      : pino({ base: { audit: 'sandbox' } }, destination);
  return {
    record(entry) {
      logger.info({ ...entry, argv: redactArgv(entry.argv), ms: Math.round(entry.ms * 10) / 10 }, 'sandbox run');
    },
  };
}

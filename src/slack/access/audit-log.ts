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
 * Every sandbox attempt: to `store` (the instructors' history: user pseudonymised) when there is
 * one, else one JSON line, to stdout unless a destination is given (tests, files). The argv is
 * redacted here whatever the caller passed: a typed password reaches neither the log nor the store.
 */
export function createAuditLog(destination?: DestinationStream | Logger, store?: (entry: AuditEntry) => void): AuditLog {
  const logger =
    destination && 'child' in destination
      ? destination.child({ audit: 'sandbox' })
      : pino({ base: { audit: 'sandbox' } }, destination);
  return {
    record(entry) {
      const safe = { ...entry, argv: redactArgv(entry.argv) };
      if (store) return store(safe);
      logger.info({ ...safe, ms: Math.round(entry.ms * 10) / 10 }, 'sandbox run');
    },
  };
}

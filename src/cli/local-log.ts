import type { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';

/**
 * The log of the terminal surfaces (`ask`, `shell`): one readable line per entry on stderr, so a
 * sandbox failure says what happened ("SANDBOX_UNREACHABLE … connect ENOENT /var/run/docker.sock")
 * next to the reply, without JSON in a chat.
 */
export function localLog(level: LogLevel, out: Writable = process.stderr): Logger {
  const destination = {
    write(line: string) {
      try {
        const entry = JSON.parse(line) as { level?: number; msg?: string; code?: string; cause?: unknown };
        const name = { 60: 'fatal', 50: 'error', 40: 'warn', 30: 'info', 20: 'debug', 10: 'trace' }[entry.level ?? 30] ?? 'log';
        const cause = (c: unknown): string => {
          if (!c || typeof c !== 'object') return c ? String(c) : '';
          const o = c as { message?: string; code?: string; cause?: unknown };
          const inner = cause(o.cause);
          const code = o.code && o.code !== entry.code && !o.message?.includes(o.code) ? `(${o.code})` : '';
          return [o.message, code, inner ? `← ${inner}` : ''].filter(Boolean).join(' ');
        };
        const why = cause(entry.cause);
        out.write(`dockhand ${name}: ${entry.msg ?? ''}${why ? ` — ${why}` : ''}\n`);
      } catch {
        out.write(line);
      }
    },
  };
  return pino({ level }, destination);
}

import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

/** Bolt's own messages go to the same JSON log as everything else. */
export function boltLogger(logger: Logger): BoltLogger {
  let log = logger.child({ component: 'bolt' });
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ');
  return {
    debug: (...args) => log.debug(text(args)),
    info: (...args) => log.info(text(args)),
    warn: (...args) => log.warn(text(args)),
    error: (...args) => log.error(text(args)),
    // The level is pino's, from LOG_LEVEL; Bolt asking for its own default must not override it.
    setLevel: () => {},
    getLevel: () => (['trace', 'debug'].includes(log.level) ? LogLevel.DEBUG : LogLevel.INFO),
    setName: (name) => {
      log = logger.child({ component: name });
    },
  };
}

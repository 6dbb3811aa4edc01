import type { Store } from '../store/store.ts';
import type { ReadinessCheck } from './readiness.ts';

/**
 * `/readyz`'s `database` check. Not critical: the recorder keeps rows and retries while the
 * database is away, and answers never wait on it, so a replica without it still serves learners.
 */
export function databaseCheck(store: Pick<Store, 'backend' | 'ping'>): ReadinessCheck {
  const engine = store.backend === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  return {
    name: 'database',
    critical: false,
    check: async () => {
      try {
        await store.ping();
        return { ok: true, detail: engine };
      } catch {
        // The driver's message can hold a host name or a user; the log has it, /readyz does not.
        return { ok: false, detail: `the ${engine} database does not answer: questions are still answered, history waits` };
      }
    },
  };
}

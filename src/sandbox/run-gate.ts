import { DockhandError } from '../errors.ts';

/**
 * At most `limit` sandbox runs at once; the others wait their turn, first come first served, for
 * as long as their own deadline allows. It bounds what engine replies can cost together: the
 * memory of `limit` replies, and `limit` pieces of reply work between two turns of the event
 * loop (so acks never queue behind a crowd of floods). A queue past `maxWaiting` is refused.
 */
export class RunGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number, private readonly maxWaiting = 200) {}

  /** A slot, as a function that gives it back; SANDBOX_BUSY if the signal aborts (the deadline) first. */
  acquire(signal: AbortSignal): Promise<() => void> {
    const busy = () => new DockhandError('SANDBOX_BUSY', `the sandbox already runs ${this.limit} commands and no slot freed in time`, { running: this.running, limit: this.limit });
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.maxWaiting || signal.aborted) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const wake = () => {
        signal.removeEventListener('abort', onAbort);
        this.running++;
        resolve(this.releaser());
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(wake);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(busy());
      };
      this.waiting.push(wake);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.();
    };
  }
}

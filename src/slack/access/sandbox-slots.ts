/** Gives a slot back; calling it twice gives back one. */
export type Release = () => void;

/** The role: at most N sandbox commands at once, in this process or over all replicas (`createRedisSandboxSlots`). */
export interface SandboxSlots {
  /** A free slot within `waitMs`, or null when none came free in time. */
  acquire(waitMs: number): Promise<Release | null>;
}

/** N slots in this process; waiters are served first come, first served. */
export function createSandboxSlots(max: number): SandboxSlots {
  let used = 0;
  const waiting: ((release: Release) => void)[] = [];

  const grant = (): Release => {
    used++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      used--;
      const next = waiting.shift();
      if (next) next(grant());
    };
  };

  return {
    acquire(waitMs) {
      if (used < max && waiting.length === 0) return Promise.resolve(grant());
      if (waitMs <= 0) return Promise.resolve(null);
      return new Promise((resolve) => {
        const serve = (release: Release) => {
          clearTimeout(timer);
          resolve(release);
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(serve), 1);
          resolve(null);
        }, waitMs);
        waiting.push(serve);
      });
    },
  };
}

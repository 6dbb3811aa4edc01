export interface InFlight {
  /** Counts `work` as in flight until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves when nothing is in flight; what a graceful stop waits for. */
  drained(): Promise<void>;
  count(): number;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      running.add(work);
      const forget = () => running.delete(work);
      work.then(forget, forget);
      return work;
    },
    async drained() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    count: () => running.size,
  };
}

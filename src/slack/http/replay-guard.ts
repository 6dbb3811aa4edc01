/** How long Slack's signatures are accepted (and so how long one is remembered). */
export const SIGNATURE_WINDOW_SEC = 5 * 60;

/**
 * Remembers the signatures of verified requests for the signature window, so the same signed
 * request sent again (a replay: Slack itself re-signs its retries) is not run again. Bounded:
 * past `capacity` the oldest are forgotten first.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly capacity = 100_000, private readonly now: () => number = () => Date.now() / 1000) {}

  /** True the first time this (timestamp, signature) is seen within the window (verified signatures only). */
  firstTime(timestamp: number, signature: string): boolean {
    const now = this.now();
    for (const [key, expires] of this.seen) {
      if (expires > now && this.seen.size < this.capacity) break;
      this.seen.delete(key);
    }
    // The signature is an HMAC of the timestamp and body, so 128 of its bits name the request. As
    // 16 Latin-1 characters in a string of their own (a slice would keep the whole header alive):
    // the header with its timestamp took 215 bytes of heap per request, this about a third.
    const key = Buffer.from(signature.toLowerCase().replace(/^v0=/, '').slice(0, 32), 'hex').toString('latin1');
    if (this.seen.has(key)) return false;
    this.seen.set(key, Math.ceil(Math.max(timestamp, now) + SIGNATURE_WINDOW_SEC));
    return true;
  }
}

/**
 * Counts events per key in a sliding window: `take` says whether one more fits. Keys not
 * seen for a while are swept as it goes, so memory follows the active keys only.
 */
export class RateWindow {
  private readonly seen = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an event for `key` and returns true, or returns false when the window is full. */
  take(key: string, now = Date.now()): boolean {
    this.sweep(now);
    const recent = (this.seen.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.seen.set(key, recent);
      return false;
    }
    recent.push(now);
    this.seen.set(key, recent);
    return true;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs * 10) return;
    this.lastSweep = now;
    for (const [key, times] of this.seen) {
      if (times.every((at) => now - at >= this.windowMs)) this.seen.delete(key);
    }
  }
}

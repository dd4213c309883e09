import type { Clock } from './clock';

/**
 * A value read from the database and held in memory, so a hot path reads no statement for it:
 * at most once every `checkEveryMs` one cheap `version` statement asks whether it changed, and
 * it is read again when it did. A change made on this instance calls `invalidate()` and shows
 * at once; one made elsewhere (another instance, a background job) shows within
 * `checkEveryMs`. A read begun before an invalidation is not kept after it. The version is
 * read before the value, so a change between the two is seen at the next check.
 */
export class VersionedCache<T> {
  private held: { value: T; version: string; checkedAt: number } | null = null;
  private loading: Promise<T> | null = null;
  private generation = 0;

  constructor(
    private readonly clock: Clock,
    private readonly checkEveryMs: number,
    private readonly version: () => Promise<string>,
    private readonly load: () => Promise<T>,
  ) {}

  async get(): Promise<T> {
    const now = this.clock.now().getTime();
    const held = this.held;
    if (held && now - held.checkedAt < this.checkEveryMs) return held.value;
    if (held && (await this.version()) === held.version) {
      held.checkedAt = now;
      return held.value;
    }
    this.loading ??= this.fill(now).finally(() => (this.loading = null));
    return this.loading;
  }

  /** Forgets the value (after a change made here): the next `get` reads it again. */
  invalidate(): void {
    this.generation++;
    this.held = null;
    this.loading = null;
  }

  private async fill(now: number): Promise<T> {
    const generation = this.generation;
    const version = await this.version();
    const value = await this.load();
    if (generation === this.generation) this.held = { value, version, checkedAt: now };
    return value;
  }
}

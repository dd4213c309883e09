import { Clock } from './clock';
import { VersionedCache } from './versioned-cache';

class StepClock extends Clock {
  at = 0;
  override now(): Date {
    return new Date(this.at);
  }
}

describe('VersionedCache', () => {
  const setUp = () => {
    const clock = new StepClock();
    const source = { version: 'v1', value: 'first', versionReads: 0, loads: 0 };
    const cache = new VersionedCache(
      clock,
      1_000,
      async () => {
        source.versionReads++;
        return source.version;
      },
      async () => {
        source.loads++;
        return source.value;
      },
    );
    return { clock, source, cache };
  };

  it('reads nothing within the check interval, and only the version after it while nothing changed', async () => {
    const { clock, source, cache } = setUp();
    expect(await cache.get()).toBe('first');
    expect(await cache.get()).toBe('first');
    expect([source.versionReads, source.loads]).toEqual([1, 1]);
    clock.at = 1_500;
    expect(await cache.get()).toBe('first');
    expect([source.versionReads, source.loads]).toEqual([2, 1]);
  });

  it('reads the value again once the version changed, and at once after invalidate', async () => {
    const { clock, source, cache } = setUp();
    await cache.get();
    Object.assign(source, { version: 'v2', value: 'second' });
    expect(await cache.get()).toBe('first');
    clock.at = 1_500;
    expect(await cache.get()).toBe('second');
    source.value = 'third';
    cache.invalidate();
    expect(await cache.get()).toBe('third');
  });

  it('shares one read between callers at the same moment, and does not keep a read begun before invalidate', async () => {
    const { source, cache } = setUp();
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect([a, b, source.loads]).toEqual(['first', 'first', 1]);
    cache.invalidate();
    const early = cache.get();
    cache.invalidate();
    expect(await early).toBe('first');
    source.value = 'after';
    expect(await cache.get()).toBe('after');
    expect(source.loads).toBe(3);
  });
});

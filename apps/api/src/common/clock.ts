import { type DynamicModule, Global, Module } from '@nestjs/common';

/**
 * The time as the app sees it. Code whose outcome depends on the time (scheduled
 * publishing) reads `now()` from here instead of `Date.now()`, so a test can move time on
 * instead of sleeping.
 */
export class Clock {
  /** The current time. */
  now(): Date {
    return new Date();
  }
}

/** Makes one Clock injectable everywhere: the system clock unless the app is given another. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new Clock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}

import { act } from '@testing-library/react';
import type { JoinAck } from '@common-ground/shared';
import type { LiveSocket } from './socket';

type Listener = (payload: never) => void;

/**
 * A stand-in for the live socket in tests: records what is sent, answers joins with
 * `joinAck`, and fires server events on demand.
 */
export class FakeLiveSocket {
  connected = true;
  joinAck: JoinAck = { ok: true, missed: [], lastSeq: 0 };
  readonly sent: [string, unknown][] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? new Set()).add(listener));
    return this;
  }
  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  emit(event: string, payload: unknown, ack: (reply: unknown) => void): this {
    this.sent.push([event, payload]);
    ack(event === 'thread.join' ? this.joinAck : { ok: true });
    return this;
  }
  fire(event: string, payload?: unknown): void {
    act(() => this.listeners.get(event)?.forEach((listener) => listener(payload as never)));
  }
  /** What was sent of one kind of message, in order. */
  sentOf(event: string): unknown[] {
    return this.sent.filter(([name]) => name === event).map(([, payload]) => payload);
  }
  /** A getter handing out this fake as the live socket. */
  readonly getter = (): LiveSocket => this as unknown as LiveSocket;
}

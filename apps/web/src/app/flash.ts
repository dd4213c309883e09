/** Router state that carries a one-off success message to the next page. */
export interface FlashState {
  flash: { heading: string; body?: string };
}

/** Reads a flash message from `location.state`, which the router types as unknown. */
export function readFlash(state: unknown): FlashState['flash'] | null {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  const flash = state.flash;
  if (typeof flash !== 'object' || flash === null || !('heading' in flash)) return null;
  const { heading, body } = flash as { heading: unknown; body?: unknown };
  if (typeof heading !== 'string') return null;
  return { heading, body: typeof body === 'string' ? body : undefined };
}

/** State to pass to `navigate(to, { state })` to show a success banner there. */
export function withFlash(heading: string, body?: string): FlashState {
  return { flash: { heading, body } };
}

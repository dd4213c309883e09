/**
 * A success message carried to the next authoring page in router state. The authoring pages
 * show it in their own success banner, which the page's next action replaces, rather than
 * through the shell's flash banner, which would stay on screen beside later messages.
 */
export interface Notice {
  heading: string;
  body?: string;
}

export function withNotice(heading: string, body?: string): { authoringNotice: Notice } {
  return { authoringNotice: { heading, body } };
}

export function readNotice(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('authoringNotice' in state)) return null;
  const notice = state.authoringNotice;
  if (typeof notice !== 'object' || notice === null || !('heading' in notice)) return null;
  const { heading, body } = notice as { heading: unknown; body?: unknown };
  if (typeof heading !== 'string') return null;
  return { heading, body: typeof body === 'string' ? body : undefined };
}

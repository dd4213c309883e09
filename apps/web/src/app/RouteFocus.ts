import { createContext, useContext } from 'react';

export interface RouteFocusValue {
  /** Puts a message in the polite live region. */
  announce: (message: string) => void;
  /** The location key of the first page load, where focus must stay put. */
  initialKey: string;
  /** The last location key handled and the element that got focus. */
  handled: { key: string | null; element: HTMLElement | null };
}

export const RouteFocusContext = createContext<RouteFocusValue | null>(null);

/** Access to the shell's live region and focus bookkeeping. */
export function useRouteFocus(): RouteFocusValue | null {
  return useContext(RouteFocusContext);
}

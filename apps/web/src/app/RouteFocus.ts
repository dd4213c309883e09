import { createContext, useContext } from 'react';

export interface RouteFocusValue {
  /** Puts a message in the polite live region. */
  announce: (message: string) => void;
  /** The location key of the first page load, where focus must stay put. */
  initialKey: string;
  /** True when this location already moved focus to an element still on the page. */
  isHandled: (key: string) => boolean;
  /** Remembers the location key handled and the element that got focus. */
  markHandled: (key: string, element: HTMLElement) => void;
}

export const RouteFocusContext = createContext<RouteFocusValue | null>(null);

/** Access to the shell's live region and focus bookkeeping. */
export function useRouteFocus(): RouteFocusValue | null {
  return useContext(RouteFocusContext);
}

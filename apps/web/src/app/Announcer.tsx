import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RouteFocusContext, type RouteFocusValue } from './RouteFocus';

/**
 * Owns the polite live region that announces page changes, and remembers
 * the first location so the first page load keeps focus at the top.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [message, setMessage] = useState('');
  // Captured once, on the first render: the first page load keeps focus at the top.
  const [initialKey] = useState(location.key);
  const handled = useRef<{ key: string | null; element: HTMLElement | null }>({ key: null, element: null });

  const timer = useRef<number | undefined>(undefined);
  // A pending announcement dies with the page, never after it.
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const announce = useCallback((text: string) => {
    // Clear first so the same words are announced again.
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(text), 50);
  }, []);

  const isHandled = useCallback(
    (key: string) => handled.current.key === key && Boolean(handled.current.element?.isConnected),
    [],
  );

  const markHandled = useCallback((key: string, element: HTMLElement) => {
    handled.current = { key, element };
  }, []);

  const value = useMemo<RouteFocusValue>(
    () => ({ announce, initialKey, isHandled, markHandled }),
    [announce, initialKey, isHandled, markHandled],
  );

  return (
    <RouteFocusContext.Provider value={value}>
      {children}
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
        {message}
      </div>
    </RouteFocusContext.Provider>
  );
}

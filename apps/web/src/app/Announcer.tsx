import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RouteFocusContext, type RouteFocusValue } from './RouteFocus';

/**
 * Owns the polite live region that announces page changes, and remembers
 * the first location so the first page load keeps focus at the top.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [message, setMessage] = useState('');
  const initialKey = useRef(location.key);
  const handled = useRef<RouteFocusValue['handled']>({ key: null, element: null });

  const announce = useCallback((text: string) => {
    // Clear first so the same words are announced again.
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);

  const value = useMemo<RouteFocusValue>(
    () => ({
      announce,
      initialKey: initialKey.current,
      get handled() {
        return handled.current;
      },
      set handled(next) {
        handled.current = next;
      },
    }),
    [announce],
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

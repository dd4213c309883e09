import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Stops navigation inside the app while there are unsaved changes (the page
 * shows the blocker's question), and asks the browser to warn before the tab
 * is closed or reloaded.
 */
export function useUnsavedChangesWarning(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return blocker;
}

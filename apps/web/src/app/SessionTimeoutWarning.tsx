import { useApolloClient } from '@apollo/client/react';
import { useEffect, useEffectEvent, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { viewerQuery } from '../features/auth/operations';
import { getLastApiResponse, recordApiResponse, subscribeToApiResponses } from '../lib/sessionActivity';
import { Button } from '../ui';
import { useAuth } from './AuthContext';
import { describeDuration, inactiveSignOutState, SESSION_LENGTH_MS, SESSION_WARNING_MS } from './sessionTimeout';

/**
 * Warns signed-in people shortly before their session runs out, in a modal
 * dialog that takes focus, and lets them stay signed in (the button or
 * Escape): asking the API who is signed in renews the rolling session
 * cookie. If nobody answers, they are sent to sign in again and brought back
 * to this page afterwards.
 */
export function SessionTimeoutWarning() {
  const client = useApolloClient();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const lastResponse = useSyncExternalStore(subscribeToApiResponses, getLastApiResponse);
  // The warning belongs to one period of inactivity: any later response hides it.
  const [warnedFor, setWarnedFor] = useState<number | null>(null);
  const [renewing, setRenewing] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const bodyId = useId();
  const open = warnedFor === lastResponse;

  const signOut = useEffectEvent(() => {
    setWarnedFor(null);
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    void (async () => {
      await navigate(`/sign-in?next=${next}`, { state: inactiveSignOutState() });
      // The session has ended on the server: forget who was signed in.
      await refresh();
    })();
  });

  useEffect(() => {
    const warnAt = lastResponse + SESSION_LENGTH_MS - SESSION_WARNING_MS;
    const endAt = lastResponse + SESSION_LENGTH_MS;
    let warnTimer: number | undefined;
    let endTimer: number | undefined;
    const schedule = () => {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      const now = Date.now();
      warnTimer = window.setTimeout(() => setWarnedFor(lastResponse), Math.max(0, warnAt - now));
      endTimer = window.setTimeout(() => signOut(), Math.max(0, endAt - now));
    };
    schedule();
    // Timers can run late after a computer sleeps: look again when the page is seen.
    document.addEventListener('visibilitychange', schedule);
    return () => {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      document.removeEventListener('visibilitychange', schedule);
    };
  }, [lastResponse]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      headingRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const staySignedIn = async () => {
    if (renewing) return;
    setRenewing(true);
    try {
      await client.query({ query: viewerQuery, fetchPolicy: 'network-only' });
      // The answer renewed the session (the Apollo link records it too).
      recordApiResponse();
    } catch {
      // The warning stays open, so the person can try again.
    } finally {
      setRenewing(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="app-modal-dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape means "stay signed in", not "ignore the warning".
        event.preventDefault();
        void staySignedIn();
      }}
    >
      <h2 className="govuk-heading-m" id={headingId} ref={headingRef} tabIndex={-1}>
        You’re about to be signed out
      </h2>
      <p className="govuk-body" id={bodyId}>
        For your security, we will sign you out in {describeDuration(SESSION_WARNING_MS)} if you do not do anything.
        Anything you have not saved will be lost.
      </p>
      <Button type="button" loading={renewing} loadingText="Staying signed in…" onClick={() => void staySignedIn()}>
        Stay signed in
      </Button>
    </dialog>
  );
}

/**
 * When the API last answered a request. The API's session cookie is rolling:
 * every request renews it, so the session ends a fixed time after the last
 * answer. Other tabs share the same cookie, so the time is also kept in
 * localStorage and changes made by other tabs are picked up.
 */
const STORAGE_KEY = 'common-ground:last-api-response';

const listeners = new Set<() => void>();
let lastResponseAt = Date.now();

function readStored(): number | null {
  try {
    const stored = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(stored) && stored > 0 ? stored : null;
  } catch {
    // Storage can be switched off; this tab's own record still works.
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Call after each response from the API: the session has just been renewed. */
export function recordApiResponse(at: number = Date.now()): void {
  lastResponseAt = at;
  try {
    window.localStorage.setItem(STORAGE_KEY, String(at));
  } catch {
    // See readStored.
  }
  notify();
}

/** The time (ms since the epoch) of the latest API response seen by any tab. */
export function getLastApiResponse(): number {
  const stored = readStored();
  if (stored !== null && stored > lastResponseAt) lastResponseAt = stored;
  return lastResponseAt;
}

/** For `useSyncExternalStore`: calls back when this or another tab hears from the API. */
export function subscribeToApiResponses(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

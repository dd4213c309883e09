import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { viewerQuery } from '../features/auth/operations';
import { AuthContext, type AuthValue } from './AuthContext';

/**
 * Asks the API who is signed in (the session cookie decides) and shares the
 * answer. The server stays the judge of every permission; this only shapes
 * what the shell shows.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(viewerQuery, { fetchPolicy: 'cache-first' });

  const refresh = useCallback(async () => {
    await client.resetStore();
  }, [client]);

  const value = useMemo<AuthValue>(() => {
    const viewer = data?.viewer ?? null;
    return {
      viewer,
      loading: loading && data === undefined,
      isAdmin: viewer?.roles.includes('ADMIN') ?? false,
      refresh,
    };
  }, [data, loading, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

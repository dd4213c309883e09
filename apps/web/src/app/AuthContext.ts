import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export interface AuthValue {
  /** The signed-in person, or null when signed out (or the API is unreachable). */
  viewer: Viewer | null;
  /** True until the first answer to the viewer query. */
  loading: boolean;
  isAdmin: boolean;
  /** Call after signing in or out: drops cached data and asks again who is signed in. */
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<AuthValue>({
  viewer: null,
  loading: false,
  isAdmin: false,
  refresh: async () => undefined,
});

/** Who is signed in, from the `viewer` query, for pages and the shell. */
export function useAuth(): AuthValue {
  return useContext(AuthContext);
}

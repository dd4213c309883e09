import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../lib/apollo';
import { AuthProvider } from './AuthProvider';
import { routes } from './routes';

/**
 * The app's providers around the router: Apollo for data, then who is
 * signed in, then the routes.
 */
export function App({ client }: { client?: ApolloClient }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <ApolloProvider client={apollo}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </ApolloProvider>
  );
}

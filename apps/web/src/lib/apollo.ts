import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { recordApiResponse } from './sessionActivity';

/**
 * `fetch`, noting the time of every answer: each request renews the rolling
 * session cookie, which the session timeout warning counts from.
 */
async function fetchRecordingActivity(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  recordApiResponse();
  return response;
}

/**
 * The one Apollo Client for the app. It sends the session cookie (same
 * origin only) and the `apollo-require-preflight` header that the API's CSRF
 * prevention asks for on every request.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
      fetch: fetchRecordingActivity,
    }),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}

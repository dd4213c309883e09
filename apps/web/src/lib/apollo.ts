import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
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
 * Types whose ids (scene, choice, character, question and option ids) are only unique within one
 * scenario or knowledge check, or which are about such a thing. Normalising them by `id` would
 * merge, say, the "arrival" scenes of two different scenarios into one cache entry, so each is
 * stored inside the object it belongs to instead (`keyFields: false`).
 */
export const LOCAL_ID_TYPES = [
  // Playing a scenario.
  'PlayScene',
  'PlayChoice',
  'PathStep',
  'ScenarioCharacterView',
  'ScenarioEndingView',
  // Knowledge checks.
  'CheckQuestion',
  'CheckOption',
  'QuestionResult',
  // Colleagues' choices and the scenario report.
  'ChoiceShare',
  'ChoiceCount',
  'SceneReport',
  // Authoring: the scene graph and what stops publication.
  'SceneGraphNodeView',
  'SceneGraphEdgeView',
  'ScenarioProblemView',
] as const;

export const typePolicies: TypePolicies = Object.fromEntries(
  LOCAL_ID_TYPES.map((typename) => [typename, { keyFields: false }]),
);

/** The app's cache; tests use it too, so they store results as the app does. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
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
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}

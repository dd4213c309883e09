import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MentionSearch } from '../../learn/editor/mentions';
import { mentionCandidatesQuery } from '../postResponses.operations';

/** Where a post is being written: a thread, or a lesson whose discussion may not have started. */
export interface MentionPlace {
  threadId?: string | null;
  lessonId?: string | null;
}

/**
 * The "@" search for a post written in `place`: colleagues who can read it, by part of their
 * name (the API's mentionCandidates). Undefined when there is no place, so no mentions are offered.
 */
export function useMentionSearch(place: MentionPlace | null | undefined): MentionSearch | undefined {
  const client = useApolloClient();
  const threadId = place?.threadId ?? null;
  const lessonId = place?.lessonId ?? null;
  return useMemo(() => {
    if (!threadId && !lessonId) return undefined;
    return async (search: string) => {
      const { data } = await client.query({
        query: mentionCandidatesQuery,
        variables: { threadId, lessonId, search },
        fetchPolicy: 'network-only',
      });
      return (data?.mentionCandidates ?? []).map((colleague) => ({
        id: colleague.id,
        name: colleague.name,
        detail: [colleague.jobTitle, colleague.organisation.name].filter(Boolean).join(', '),
      }));
    };
  }, [client, threadId, lessonId]);
}

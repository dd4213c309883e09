import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MentionSearch } from '../../learn/editor/mentions';
import { mentionCandidatesQuery } from '../postResponses.operations';

/**
 * Where a post is being written: a thread, a lesson whose discussion may not have started, or
 * the category of a thread being started.
 */
export interface MentionPlace {
  threadId?: string | null;
  lessonId?: string | null;
  categoryId?: string | null;
}

/**
 * The "@" search for a post written in `place`: colleagues who can read it, by part of their
 * name (the API's mentionCandidates). Undefined when there is no place, so no mentions are offered.
 */
export function useMentionSearch(place: MentionPlace | null | undefined): MentionSearch | undefined {
  const client = useApolloClient();
  const threadId = place?.threadId ?? null;
  const lessonId = place?.lessonId ?? null;
  const categoryId = place?.categoryId ?? null;
  return useMemo(() => {
    if (!threadId && !lessonId && !categoryId) return undefined;
    return async (search: string) => {
      const { data } = await client.query({
        query: mentionCandidatesQuery,
        variables: { threadId, lessonId, categoryId, search },
        fetchPolicy: 'network-only',
      });
      return (data?.mentionCandidates ?? []).map((colleague) => ({
        id: colleague.id,
        name: colleague.name,
        detail: [colleague.jobTitle, colleague.organisation.name].filter(Boolean).join(', '),
      }));
    };
  }, [client, threadId, lessonId, categoryId]);
}

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { PostReactionKind } from '../../../gql/graphql';
import { mapApiError } from '../../../lib/errors';
import type { ThreadPost } from '../hooks/useThreadPosts';
import { setPostReactionMutation } from '../postResponses.operations';
import '../responses.scss';

const people = (count: number) => (count === 1 ? 'person' : 'people');

/**
 * A post's reactions. Readers who may react get one toggle button per reaction (words and a
 * count, `aria-pressed` when they have left it); the post's author and anyone else who may not
 * react see the counts as text. The change shows at once and is undone if the server refuses.
 */
export function PostReactions({ post }: { post: ThreadPost }) {
  const [setReaction] = useMutation(setPostReactionMutation);
  const [error, setError] = useState<string | null>(null);
  if (post.deleted) return null;

  if (!post.viewerCan.react) {
    const left = post.reactions.filter((r) => r.count > 0);
    if (left.length === 0) return null;
    return (
      <p className="govuk-body-s app-post__meta">
        Reactions: {left.map((r) => `${r.label} ${r.count} ${people(r.count)}`).join(', ')}
      </p>
    );
  }

  const toggle = async (reaction: PostReactionKind, reacted: boolean) => {
    setError(null);
    const reactions = post.reactions.map((r) =>
      r.reaction === reaction ? { ...r, viewerReacted: reacted, count: Math.max(0, r.count + (reacted ? 1 : -1)) } : r,
    );
    try {
      await setReaction({
        variables: { input: { postId: post.id, reaction, reacted } },
        optimisticResponse: {
          setPostReaction: { id: post.id, reactions },
        },
      });
    } catch (caught) {
      setError(mapApiError(caught).general[0] ?? 'Your reaction could not be saved. Try again.');
    }
  };

  return (
    <>
      <ul className="app-reactions" aria-label="Reactions">
        {post.reactions.map((r) => (
          <li key={r.reaction}>
            <button
              type="button"
              className="app-reaction"
              aria-pressed={r.viewerReacted}
              onClick={() => void toggle(r.reaction, !r.viewerReacted)}
            >
              {r.label} <span className="app-reaction__count">{r.count}</span>{' '}
              <span className="govuk-visually-hidden">{people(r.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}

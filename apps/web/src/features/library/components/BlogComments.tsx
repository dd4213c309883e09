import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRouteFocus } from '../../../app/RouteFocus';
import { PostForm, type PostDraft } from '../../discuss/components/PostForm';
import { ThreadDiscussion } from '../../discuss/components/ThreadDiscussion';
import { createPostMutation } from '../../discuss/operations';
import { contentItemThreadQuery } from '../operations';
import '../../discuss/discuss.scss';

export interface BlogCommentsProps {
  postId: string;
  signedIn: boolean;
  signInHref: string;
}

/**
 * The comments under a published blog post: the discussion's own thread (live, moderated,
 * with the same reply form), made by the first comment. Signed-out visitors are asked to
 * sign in, as discussions are for staff.
 */
export function BlogComments({ postId, signedIn, signInHref }: BlogCommentsProps) {
  return (
    <section aria-labelledby="comments-heading">
      <h2 className="govuk-heading-m" id="comments-heading">
        Comments
      </h2>
      {signedIn ? (
        <SignedInComments postId={postId} />
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to={signInHref}>
            Sign in
          </Link>{' '}
          to read and write comments with colleagues from across the partnership.
        </p>
      )}
    </section>
  );
}

function SignedInComments({ postId }: { postId: string }) {
  const { data, loading, error } = useQuery(contentItemThreadQuery, {
    variables: { contentItemId: postId },
    fetchPolicy: 'network-only',
  });
  const [createPost] = useMutation(createPostMutation, {
    refetchQueries: [{ query: contentItemThreadQuery, variables: { contentItemId: postId } }],
    awaitRefetchQueries: true,
  });
  const routeFocus = useRouteFocus();
  const [started, setStarted] = useState(false);

  if (error && !data) return <p className="govuk-body">Sorry, the comments could not be loaded. Refresh the page.</p>;
  if (loading && !data) return <p className="govuk-body">Loading the comments…</p>;
  const thread = data?.contentItemThread;
  if (thread) return <ThreadDiscussion thread={thread} formId="blog-comment" focusFirstPost={started} />;

  const start = async ({ body }: PostDraft) => {
    await createPost({ variables: { input: { contentItemId: postId, body } } });
    setStarted(true);
    routeFocus?.announce('Your comment has been added.');
  };
  return (
    <>
      <p className="govuk-body">No comments yet. Share how this compares with your own work.</p>
      <PostForm id="blog-comment" label="Your comment" submitText="Post comment" onSubmit={start} />
    </>
  );
}

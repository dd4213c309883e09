import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useRouteFocus } from '../../../app/RouteFocus';
import { FollowLevelForm, LESSON_DISCUSSION_ID, useStartAfterSeq } from '../../notifications';
import { createPostMutation, lessonThreadQuery } from '../operations';
import { StoryScenesContext, type ReachedScene } from '../storyScenes';
import { PostForm, type PostDraft } from './PostForm';
import { ThreadDiscussion } from './ThreadDiscussion';
import '../discuss.scss';

export interface LessonDiscussionProps {
  lessonId: string;
  signedIn: boolean;
  signInHref: string;
  /** For a scenario lesson: the scenes the reader has reached (posts about others are folded). */
  scenes?: readonly ReachedScene[] | null;
}

/**
 * The discussion beside a lesson. The lesson's thread exists only once someone has posted, so
 * until then this shows an empty state and a form whose first post starts it. Once it exists,
 * the reader can choose how closely to follow it (folded, as on the thread page), and a link
 * to one of its posts (`?seq=` and the discussion's anchor, as notifications make) opens the
 * list at that post and moves focus to it.
 */
export function LessonDiscussion({ lessonId, signedIn, signInHref, scenes = null }: LessonDiscussionProps) {
  if (!signedIn) {
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to={signInHref}>
          Sign in
        </Link>{' '}
        to read and join the discussion of this lesson with colleagues from across the partnership.
      </p>
    );
  }
  return (
    <StoryScenesContext.Provider value={scenes}>
      <SignedInLessonDiscussion lessonId={lessonId} scenes={scenes} />
    </StoryScenesContext.Provider>
  );
}

function SignedInLessonDiscussion({ lessonId, scenes }: { lessonId: string; scenes: readonly ReachedScene[] | null }) {
  const { data, loading, error } = useQuery(lessonThreadQuery, {
    variables: { lessonId },
    fetchPolicy: 'network-only',
  });
  const [createPost] = useMutation(createPostMutation, {
    refetchQueries: [{ query: lessonThreadQuery, variables: { lessonId } }],
    awaitRefetchQueries: true,
  });
  const routeFocus = useRouteFocus();
  const [started, setStarted] = useState(false);
  const [params] = useSearchParams();
  const { hash } = useLocation();
  const linkedSeq = params.get('seq');
  const start = useStartAfterSeq(linkedSeq, data?.lessonThread);
  const linkedToPost = linkedSeq !== null && hash === `#${LESSON_DISCUSSION_ID}`;

  if (error && !data) {
    return <p className="govuk-body">Sorry, the discussion could not be loaded. Refresh the page to try again.</p>;
  }
  if (loading && !data) return <p className="govuk-body">Loading the discussion…</p>;
  const thread = data?.lessonThread;
  if (thread) {
    return (
      <>
        <FollowLevelForm subject="thread" id={thread.id} level={thread.viewerFollowLevel} />
        <ThreadDiscussion
          key={`${thread.id}:${start ?? 0}`}
          thread={thread}
          formId="lesson-post"
          focusFirstPost={started || linkedToPost}
          startAfterSeq={start}
        />
      </>
    );
  }

  const startDiscussion = async ({ body, sceneId }: PostDraft) => {
    await createPost({ variables: { input: { lessonId, body, ...(sceneId ? { sceneId } : {}) } } });
    setStarted(true);
    routeFocus?.announce('Your post has been added. You have started the discussion of this lesson.');
  };

  return (
    <>
      <p className="govuk-body">
        Nobody has posted about this lesson yet. Start the discussion: ask a question or share how this works where you
        are.
      </p>
      <PostForm
        id="lesson-post"
        label="Your post"
        submitText="Post"
        scenes={scenes}
        onSubmit={startDiscussion}
        mentionPlace={{ lessonId }}
      />
    </>
  );
}

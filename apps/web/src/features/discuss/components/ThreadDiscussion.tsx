import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useRouteFocus } from '../../../app/RouteFocus';
import { InsetText } from '../../../ui';
import type { ThreadFieldsFragment } from '../../../gql/graphql';
import { EarlierPostsLink, useMarkThreadRead } from '../../notifications';
import { useLiveThread } from '../hooks/useLiveThread';
import { QuoteContext } from '../hooks/useQuote';
import { type ThreadPost, useThreadPosts } from '../hooks/useThreadPosts';
import { createPostMutation } from '../operations';
import { useStoryScenes } from '../storyScenes';
import { PostForm, type PostDraft } from './PostForm';
import { PostList } from './PostList';
import type { QuotedPostSummary } from './QuotedPost';
import { StaleThreadBanner, ThreadPresence, UnavailableThreadBanner } from './ThreadLiveStatus';

export interface ThreadDiscussionProps {
  thread: ThreadFieldsFragment;
  /** The id of the reply editor, unique on the page. */
  formId: string;
  /** Move focus to the first post once shown (the viewer has just started this thread). */
  focusFirstPost?: boolean;
  /** Start the list after this post (the reader's first unread), with a link to the earlier ones. */
  startAfterSeq?: number;
}

/**
 * A thread's posts and the reply form under them, live: others' new, edited and deleted posts
 * appear as they happen (new ones announced politely, focus left where it is), with who else is
 * here and who is writing beside the form. The viewer's own reply is added to the list from the
 * mutation's answer (and focused).
 */
export function ThreadDiscussion({ thread, formId, focusFirstPost = false, startAfterSeq }: ThreadDiscussionProps) {
  const posts = useThreadPosts(thread.id, startAfterSeq);
  useMarkThreadRead(thread.id, posts.posts, thread.viewerLastReadSeq);
  const live = useLiveThread(thread.id, thread.lastSeq, posts);
  const [createPost] = useMutation(createPostMutation);
  const [focusPostId, setFocusPostId] = useState<string | null>(null);
  const routeFocus = useRouteFocus();
  const scenes = useStoryScenes();
  const [quoting, setQuoting] = useState<QuotedPostSummary | null>(null);

  const quote = (post: ThreadPost) => {
    setQuoting({
      id: post.id,
      seq: post.seq,
      body: post.body,
      deleted: post.deleted,
      author: post.author ? { id: post.author.id, name: post.author.name } : null,
    });
    document.getElementById(formId)?.focus();
    routeFocus?.announce(`Your reply will quote ${post.author?.name ?? 'a colleague'}’s post.`);
  };

  const reply = async ({ body, anonymous, sceneId }: PostDraft) => {
    const input = {
      threadId: thread.id,
      body,
      anonymous,
      ...(sceneId ? { sceneId } : {}),
      ...(quoting ? { quotedPostId: quoting.id } : {}),
    };
    const response = await createPost({ variables: { input } });
    const created = response.data?.createPost;
    if (!created) return;
    setQuoting(null);
    posts.mergePosts([created]);
    if (posts.hasMore) {
      routeFocus?.announce('Your reply has been posted at the end of the discussion. Load more posts to see it.');
    } else {
      setFocusPostId(created.id);
      routeFocus?.announce('Your reply has been posted.');
    }
  };

  if (posts.error) {
    return <p className="govuk-body">Sorry, the posts could not be loaded. Refresh the page to try again.</p>;
  }

  return (
    <>
      {live.unavailable ? <UnavailableThreadBanner reason={live.unavailable} /> : null}
      {live.stale && !live.unavailable ? <StaleThreadBanner /> : null}
      {startAfterSeq ? <EarlierPostsLink count={startAfterSeq} /> : null}
      {posts.loading ? (
        <p className="govuk-body">Loading posts…</p>
      ) : (
        <QuoteContext.Provider value={thread.viewerCan.reply ? quote : null}>
          <PostList
            posts={posts.posts}
            hasMore={posts.hasMore}
            loadMore={posts.loadMore}
            focusPostId={focusPostId ?? (focusFirstPost ? posts.posts[0]?.id : null)}
          />
        </QuoteContext.Provider>
      )}
      <ThreadPresence presence={live.presence} typing={live.typing} />
      {live.unavailable ? null : thread.viewerCan.reply ? (
        <PostForm
          id={formId}
          label="Your reply"
          submitText="Post reply"
          allowsAnonymous={thread.category?.allowsAnonymous ?? false}
          scenes={scenes}
          onSubmit={reply}
          onTyping={live.startTyping}
          mentionPlace={{ threadId: thread.id }}
          quoting={quoting}
          onRemoveQuote={() => {
            setQuoting(null);
            document.getElementById(formId)?.focus();
          }}
        />
      ) : (
        <InsetText>This discussion is locked. You can read it, but nobody can add or change posts.</InsetText>
      )}
      <p className="govuk-visually-hidden" aria-live="polite">
        {live.announcement}
      </p>
    </>
  );
}

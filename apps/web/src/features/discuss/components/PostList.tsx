import { useEffect, useState } from 'react';
import { Button } from '../../../ui';
import type { ThreadPost } from '../hooks/useThreadPosts';
import { PostItem } from './PostItem';
import '../discuss.scss';

export interface PostListProps {
  posts: readonly ThreadPost[];
  hasMore: boolean;
  loadMore: () => Promise<void>;
  /** A post to move focus to once it is shown (the viewer's own new post). */
  focusPostId?: string | null;
}

/**
 * A thread's posts, oldest first, with "Load more posts" while later pages remain. Focus moves
 * to the first newly loaded post, and to the viewer's own post once it appears.
 */
export function PostList({ posts, hasMore, loadMore, focusPostId }: PostListProps) {
  const [loadingMore, setLoadingMore] = useState(false);
  const target = focusPostId ?? null;
  const targetShown = target !== null && posts.some((post) => post.id === target);

  useEffect(() => {
    if (target && targetShown) document.getElementById(`post-${target}`)?.focus();
  }, [target, targetShown]);

  const onLoadMore = async () => {
    setLoadingMore(true);
    const shown = posts.length;
    try {
      await loadMore();
    } finally {
      setLoadingMore(false);
    }
    // The first post of the new page is found after the render that shows it.
    setTimeout(() => {
      const next = document.querySelectorAll<HTMLElement>('.app-posts > li > .app-post')[shown];
      next?.focus();
    });
  };

  return (
    <>
      <ol className="app-posts">
        {posts.map((post) => (
          <li key={post.id}>
            <PostItem post={post} />
          </li>
        ))}
      </ol>
      {hasMore ? (
        <Button
          type="button"
          variant="secondary"
          loading={loadingMore}
          loadingText="Loading…"
          onClick={() => void onLoadMore()}
        >
          Load more posts
        </Button>
      ) : null}
    </>
  );
}

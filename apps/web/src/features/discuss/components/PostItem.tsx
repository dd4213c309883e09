import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useRouteFocus } from '../../../app/RouteFocus';
import { formatDateTime } from '../../../lib/dates';
import { mapApiError } from '../../../lib/errors';
import { Button, ButtonGroup, ErrorSummary, WarningText } from '../../../ui';
import { GlossaryLinkedHtml } from '../../library/glossary/components/GlossaryLinkedHtml';
import { reportRumourHref } from '../../library/myth/paths';
import type { ThreadPost } from '../hooks/useThreadPosts';
import { deletePostMutation } from '../operations';
import { AboutScene } from './AboutScene';
import { EditPostForm } from './EditPostForm';
import { PostAuthor } from './PostAuthor';
import {
  HiddenPostPlaceholder,
  isHiddenFromViewer,
  PostModerationActions,
  PostModerationLabel,
} from '../../moderate/components/PostModeration';
import { PostResponses } from './PostResponses';
import { QuotedPost } from './QuotedPost';

type Mode = 'reading' | 'editing' | 'confirming-delete';

/**
 * One post: who wrote it and when, whether it was edited, and its sanitised HTML (or a
 * placeholder once deleted). Its author can edit it in place, or delete it after confirming.
 */
export function PostItem({ post }: { post: ThreadPost }) {
  const [mode, setMode] = useState<Mode>('reading');
  const articleRef = useRef<HTMLElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const routeFocus = useRouteFocus();
  const location = useLocation();
  const [deletePost, deleting] = useMutation(deletePostMutation);
  const [deleteError, setDeleteError] = useState<string[]>([]);

  useEffect(() => {
    if (mode === 'confirming-delete') confirmRef.current?.focus();
  }, [mode]);

  const backToReading = (message?: string) => {
    setMode('reading');
    articleRef.current?.focus();
    if (message) routeFocus?.announce(message);
  };

  const confirmDelete = async () => {
    try {
      await deletePost({ variables: { input: { postId: post.id } } });
      setDeleteError([]);
      backToReading('Your post has been deleted.');
    } catch (error) {
      setDeleteError(mapApiError(error).general);
    }
  };

  return (
    <article
      className="app-post"
      id={`post-${post.id}`}
      tabIndex={-1}
      ref={articleRef}
      aria-labelledby={`post-${post.id}-by`}
    >
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1" id={`post-${post.id}-by`}>
        <PostAuthor post={post} />
      </h3>
      <p className="govuk-body-s app-post__meta">
        <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
        {post.editedAt && !post.deleted ? (
          <>
            {' '}
            <span>
              (edited <time dateTime={post.editedAt}>{formatDateTime(post.editedAt)}</time>)
            </span>
          </>
        ) : null}
      </p>
      <PostModerationLabel post={post} />
      {post.deleted ? (
        <p className="govuk-body app-post__deleted">This post was deleted by its author.</p>
      ) : isHiddenFromViewer(post) ? (
        <HiddenPostPlaceholder />
      ) : mode === 'editing' ? (
        <EditPostForm
          post={post}
          onDone={() => backToReading('Your post has been updated.')}
          onCancel={() => backToReading()}
        />
      ) : (
        <AboutScene sceneId={post.sceneId}>
          {post.quotedPost ? <QuotedPost quoted={post.quotedPost} /> : null}
          <GlossaryLinkedHtml html={post.linkedBody ?? post.body} />
        </AboutScene>
      )}
      {!post.deleted && mode === 'confirming-delete' ? (
        <div className="app-post__confirm" tabIndex={-1} ref={confirmRef}>
          {deleteError.length > 0 ? <ErrorSummary errors={deleteError.map((text) => ({ text }))} /> : null}
          <WarningText>Are you sure you want to delete this post? Others will see that a post was deleted.</WarningText>
          <ButtonGroup>
            <Button
              type="button"
              variant="warning"
              loading={deleting.loading}
              loadingText="Deleting…"
              onClick={() => void confirmDelete()}
            >
              Yes, delete this post
            </Button>
            <Button type="button" variant="secondary" onClick={() => backToReading()}>
              No, keep it
            </Button>
          </ButtonGroup>
        </div>
      ) : null}
      {!post.deleted && mode === 'reading' && (post.viewerCan.edit || post.viewerCan.delete) ? (
        <ul className="govuk-list app-post__actions">
          {post.viewerCan.edit ? (
            <li>
              <button type="button" className="govuk-link app-link-button" onClick={() => setMode('editing')}>
                Edit<span className="govuk-visually-hidden"> your post from {formatDateTime(post.createdAt)}</span>
              </button>
            </li>
          ) : null}
          {post.viewerCan.delete ? (
            <li>
              <button type="button" className="govuk-link app-link-button" onClick={() => setMode('confirming-delete')}>
                Delete<span className="govuk-visually-hidden"> your post from {formatDateTime(post.createdAt)}</span>
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {!post.deleted && mode === 'reading' && !post.viewerCan.delete && !isHiddenFromViewer(post) ? (
        <ul className="govuk-list app-post__actions">
          <li>
            <Link
              className="govuk-link"
              to={reportRumourHref(post.id, `${location.pathname}${location.search}#post-${post.id}`)}
            >
              Report a rumour
              <span className="govuk-visually-hidden"> heard in the post from {formatDateTime(post.createdAt)}</span>
            </Link>
          </li>
        </ul>
      ) : null}
      {mode === 'reading' ? <PostModerationActions post={post} when={formatDateTime(post.createdAt)} /> : null}
      {mode === 'reading' ? <PostResponses post={post} /> : null}
    </article>
  );
}

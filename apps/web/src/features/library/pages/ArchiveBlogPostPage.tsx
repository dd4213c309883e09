import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { ArchiveConfirmation } from '../../authoring/components/ArchiveConfirmation';
import { archiveContentItemMutation, blogPostQuery } from '../operations';
import { BLOG_REVIEW_PATH, editBlogPostHref } from '../paths';

/** The confirmation step before an editor archives a blog post. */
export function ArchiveBlogPostPage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(blogPostQuery, { variables: { idOrSlug: id } });
  const [archive, archiveState] = useMutation(archiveContentItemMutation);
  const post = data?.blogPost;

  if (loading && !data) return <LoadingPage />;
  if (!post?.viewerCan.archive) return <NotFoundPage />;
  return (
    <ArchiveConfirmation
      name={post.title}
      noun="post"
      returnTo={BLOG_REVIEW_PATH}
      backTo={editBlogPostHref(post.id)}
      explanation={`Readers will no longer see this post${post.publishAt ? ', and its scheduled publication is cancelled' : ''}. Its author and editors still can.`}
      kept="The post and its history are kept. An editor can publish it again later."
      busy={archiveState.loading}
      onArchive={() => archive({ variables: { input: { id: post.id } } })}
    />
  );
}

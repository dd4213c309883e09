import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { Button, ButtonLink } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { BlogPostSummary } from '../components/BlogPostSummary';
import { blogPostsQuery } from '../operations';
import { BLOG_PATH, BLOG_REVIEW_PATH, MY_BLOG_POSTS_PATH, NEW_BLOG_POST_PATH } from '../paths';
import '../library.scss';

const PAGE_SIZE = 10;

/**
 * The blog: the featured post first (when there is one and no tag is chosen), then published
 * posts newest first, ten at a time with "Show more posts"; `?tag=` narrows to one tag.
 * Signed-in staff get "Write a blog post" and their own posts; editors the review queue.
 */
export function BlogListPage() {
  const [params] = useSearchParams();
  const tag = params.get('tag')?.trim() || null;
  const { viewer } = useAuth();
  const editor = viewer?.roles.some((role) => role === 'EDITOR' || role === 'ADMIN') ?? false;

  const featured = useQuery(blogPostsQuery, {
    variables: { first: 1, filter: { featured: true } },
    skip: tag !== null,
  });
  const list = useQuery(blogPostsQuery, {
    variables: { first: PAGE_SIZE, filter: { tag } },
    fetchPolicy: 'cache-and-network',
  });
  if (list.error && !list.data) return <SomethingWentWrong />;

  const top = tag ? null : (featured.data?.blogPosts.edges[0]?.node ?? null);
  const posts = (list.data?.blogPosts.edges ?? []).map((edge) => edge.node).filter((post) => post.id !== top?.id);
  const pageInfo = list.data?.blogPosts.pageInfo;

  const showMore = () =>
    void list.fetchMore({
      variables: { after: pageInfo?.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        blogPosts: {
          ...fetchMoreResult.blogPosts,
          edges: [...previous.blogPosts.edges, ...fetchMoreResult.blogPosts.edges],
        },
      }),
    });

  return (
    <Page title={tag ? `Blog posts tagged ‘${tag}’` : 'Blog'} caption="Library">
      {tag ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={BLOG_PATH}>
            Show all posts
          </Link>
        </p>
      ) : (
        <p className="govuk-body-l">
          Staff from across the partnership write about what they have learned in practice.
        </p>
      )}
      {viewer ? <ButtonLink to={NEW_BLOG_POST_PATH}>Write a blog post</ButtonLink> : null}
      {viewer ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={MY_BLOG_POSTS_PATH}>
            Your blog posts
          </Link>
          {editor ? (
            <>
              {' · '}
              <Link className="govuk-link" to={BLOG_REVIEW_PATH}>
                Posts waiting for review
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      {top ? (
        <section className="app-blog-featured" aria-labelledby="featured-heading">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="featured-heading">
            Featured
          </h2>
          <ul className="app-blog-list">
            <BlogPostSummary post={top} headingLevel={3} showFeatured={false} />
          </ul>
        </section>
      ) : null}
      {list.loading && !list.data ? (
        <p className="govuk-body">Loading posts…</p>
      ) : posts.length === 0 && !top ? (
        <p className="govuk-body">
          {tag
            ? 'No published posts have this tag. Choose ‘Show all posts’ to see every post.'
            : viewer
              ? 'Nobody has published a post yet. Write the first one: an editor checks it before it appears here.'
              : 'Nobody has published a post yet. Come back soon.'}
        </p>
      ) : (
        <>
          {top ? <h2 className="govuk-heading-m">Latest posts</h2> : null}
          <ul className="app-blog-list">
            {posts.map((post) => (
              <BlogPostSummary key={post.id} post={post} headingLevel={top ? 3 : 2} />
            ))}
          </ul>
          {pageInfo?.hasNextPage ? (
            <Button type="button" variant="secondary" loading={list.loading} onClick={showMore}>
              Show more posts
            </Button>
          ) : null}
        </>
      )}
      <p className="govuk-body govuk-!-margin-top-6">
        <a className="govuk-link" href="/api/feeds/blog.xml">
          Follow the blog in a feed reader (RSS)
        </a>
      </p>
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { Page } from '../../../app/Page';
import { BackLink, ButtonLink } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { BlogPostSummary } from '../components/BlogPostSummary';
import { blogPostsQuery } from '../operations';
import { BLOG_PATH, NEW_BLOG_POST_PATH } from '../paths';
import '../library.scss';

/** The signed-in person's own posts in every status, most recently changed first. */
export function MyBlogPostsPage() {
  const { data, loading, error } = useQuery(blogPostsQuery, {
    variables: { first: 50, filter: { mine: true } },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <SomethingWentWrong />;
  const posts = data?.blogPosts.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title="Your blog posts" caption="Blog" beforeHeading={<BackLink to={BLOG_PATH} />}>
      <ButtonLink to={NEW_BLOG_POST_PATH}>Write a blog post</ButtonLink>
      {loading && !data ? (
        <p className="govuk-body">Loading your posts…</p>
      ) : posts.length === 0 ? (
        <p className="govuk-body">You have not written a post yet. Write one about something you learned at work.</p>
      ) : (
        <ul className="app-blog-list">
          {posts.map((post) => (
            <BlogPostSummary key={post.id} post={post} />
          ))}
        </ul>
      )}
    </Page>
  );
}

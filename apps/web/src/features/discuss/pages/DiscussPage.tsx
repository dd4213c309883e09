import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { Tag } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { forumCategoriesQuery } from '../operations';
import { categoryHref } from '../paths';
import '../discuss.scss';

/** The forum's categories, in the order moderators set, each with what it is for. */
export function DiscussPage() {
  const { data, loading, error } = useQuery(forumCategoriesQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <SomethingWentWrong />;
  const categories = data?.forumCategories ?? [];

  return (
    <Page title="Discuss">
      <p className="govuk-body-l">
        Talk with staff from across the partnership about what you learn and the work you do.
      </p>
      <p className="govuk-body">
        Each lesson in{' '}
        <Link className="govuk-link" to="/learn">
          Learn
        </Link>{' '}
        also has its own discussion beside it.
      </p>
      <h2 className="govuk-heading-m">Forums</h2>
      {loading && !data ? (
        <p className="govuk-body">Loading forums…</p>
      ) : categories.length === 0 ? (
        <p className="govuk-body">
          There are no forums yet. When moderators open one it will be listed here. Until then, you can discuss any
          lesson beside it.
        </p>
      ) : (
        <ul className="govuk-list app-forum-categories">
          {categories.map((category) => (
            <li key={category.id} className="app-post">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                <Link className="govuk-link" to={categoryHref(category.id)}>
                  {category.title}
                </Link>
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-2">{category.description}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-2 app-post__meta">
                {category.threadCount === 1 ? '1 thread' : `${category.threadCount} threads`}
              </p>
              {category.allowsAnonymous || category.restricted ? (
                <p className="govuk-body app-thread-tags govuk-!-margin-bottom-0">
                  {category.allowsAnonymous ? <Tag colour="purple">You can post without your name</Tag> : null}
                  {category.restricted ? <Tag colour="grey">Only some staff can see this</Tag> : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

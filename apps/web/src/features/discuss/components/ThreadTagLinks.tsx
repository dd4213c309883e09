import { Link } from 'react-router';
import { categoryHref } from '../paths';

/** Where a tag leads: the category's threads with that tag. */
export function taggedHref(categoryId: string, tag: string): string {
  return `${categoryHref(categoryId)}?${new URLSearchParams({ tag }).toString()}`;
}

/** A thread's tags in a list of threads, each a link to the other threads with it. */
export function ThreadTagLinks({ categoryId, tags }: { categoryId: string; tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
      Tagged:{' '}
      {tags.map((tag, index) => (
        <span key={tag}>
          {index > 0 ? ', ' : null}
          <Link className="govuk-link" to={taggedHref(categoryId, tag)}>
            {tag}
          </Link>
        </span>
      ))}
    </span>
  );
}

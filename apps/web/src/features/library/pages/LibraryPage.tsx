import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { BLOG_PATH } from '../paths';

/** The library's front page: what is in it and where to find each part. */
export function LibraryPage() {
  return (
    <Page title="Library">
      <p className="govuk-body-l">Practice, facts and words for front-line work, shared across the partnership.</p>
      <h2 className="govuk-heading-m">
        <Link className="govuk-link" to={BLOG_PATH}>
          Blog
        </Link>
      </h2>
      <p className="govuk-body">
        Staff write about what they have learned in practice: working with interpreters, home visits, partnership
        working. Any member of staff can write a post; an editor checks it before it is published.
      </p>
      <h2 className="govuk-heading-m">
        <Link className="govuk-link" to="/library/podcasts">
          Podcasts
        </Link>
      </h2>
      <p className="govuk-body">
        Council workers and migrant workers talk about their work and lives, with a transcript of every episode.
      </p>
      <h2 className="govuk-heading-m">
        <Link className="govuk-link" to="/library/glossary">
          Glossary
        </Link>
      </h2>
      <p className="govuk-body">Words you meet at work, in plain English and in the languages people speak to you.</p>
      <h2 className="govuk-heading-m">
        <Link className="govuk-link" to="/library/faqs">
          Frequently asked questions
        </Link>
      </h2>
      <p className="govuk-body">Straight answers to the questions people ask front-line staff most often.</p>
      <h2 className="govuk-heading-m">
        <Link className="govuk-link" to="/library/myths">
          Myth-busters
        </Link>
      </h2>
      <p className="govuk-body">Things people often hear, checked against the facts, with where the facts come from.</p>
    </Page>
  );
}

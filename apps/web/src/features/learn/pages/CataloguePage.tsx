import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import type { Audience, ProgressFilter } from '../../../gql/graphql';
import { Button, InsetText, Pagination, Select, Tag, TextInput } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { useSignInHref } from '../hooks/useSignInHref';
import {
  AUDIENCE_COLOURS,
  AUDIENCE_LABELS,
  lessonCount,
  MODULE_PROGRESS_COLOURS,
  MODULE_PROGRESS_LABELS,
} from '../learnerLabels';
import { learningCatalogueQuery } from '../operations';
import { moduleHref } from '../paths';
import '../learn.scss';

const AUDIENCES: readonly Audience[] = ['PUBLIC', 'STAFF'];
const PROGRESS_FILTERS: readonly ProgressFilter[] = ['IN_PROGRESS', 'COMPLETED'];

const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);
const isProgress = (value: string): value is ProgressFilter => (PROGRESS_FILTERS as readonly string[]).includes(value);

interface Filters {
  search: string;
  topic: string;
  audience: string;
  progress: string;
}

/**
 * The catalogue: every module the viewer may see, searchable by title and filtered by topic and,
 * for signed-in staff, audience and their own progress. Filters live in the URL so a filtered
 * list can be shared, bookmarked and paged.
 */
export function CataloguePage() {
  const { viewer } = useAuth();
  const [params] = useSearchParams();
  const page = useCursorPage();
  const signInHref = useSignInHref();
  const search = params.get('search')?.trim() ?? '';
  const topic = params.get('topic') ?? '';
  const audienceParam = params.get('audience') ?? '';
  const progressParam = params.get('progress') ?? '';
  const audience = viewer && isAudience(audienceParam) ? audienceParam : undefined;
  const progress = viewer && isProgress(progressParam) ? progressParam : undefined;

  const { data, loading, error } = useQuery(learningCatalogueQuery, {
    variables: {
      first: PAGE_SIZE,
      after: page.after,
      search: search || undefined,
      topic: topic || undefined,
      audience,
      progress,
    },
  });

  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.learningModules;
  const modules = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(search || topic || audience || progress);

  return (
    <Page title="Learn" width="full">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Short learning modules told as stories, where you make choices and see what happens next.
          </p>
          {viewer ? (
            <p className="govuk-body">
              <Link className="govuk-link" to="/my-learning">
                Go to my learning
              </Link>{' '}
              to see your progress and certificates.
            </p>
          ) : (
            <InsetText>
              You are seeing the modules that are open to everyone. Modules for partnership staff need an account:{' '}
              <Link className="govuk-link" to={signInHref}>
                sign in
              </Link>{' '}
              or{' '}
              <Link className="govuk-link" to="/sign-up">
                create an account
              </Link>
              .
            </InsetText>
          )}
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <CatalogueFilters
            // Starts again from the address whenever it changes (Clear filters, the back button).
            key={`${search}|${topic}|${audienceParam}|${progressParam}`}
            initial={{ search, topic, audience: audience ?? '', progress: progress ?? '' }}
            topics={data?.learningTopics ?? []}
            signedIn={Boolean(viewer)}
            filtered={filtered}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          {loading && !data ? (
            <p className="govuk-body">Loading modules…</p>
          ) : modules.length === 0 ? (
            <div className="app-catalogue__empty">
              <h2 className="govuk-heading-m">No modules found</h2>
              <p className="govuk-body">
                {filtered
                  ? 'No modules match your search and filters. Try a shorter search or fewer filters.'
                  : 'There are no modules to show yet. Come back soon.'}
              </p>
            </div>
          ) : (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                {page.showing(modules.length, connection?.totalCount ?? modules.length, 'modules')}
              </p>
              <ul className="govuk-list app-module-list">
                {modules.map((module) => (
                  <li key={module.id} className="app-module-list__item">
                    <h2 className="govuk-heading-m govuk-!-margin-bottom-2">
                      <Link className="govuk-link" to={moduleHref(module.slug)}>
                        {module.title}
                      </Link>
                    </h2>
                    <p className="govuk-body govuk-!-margin-bottom-2">{module.summary}</p>
                    <p className="govuk-body-s app-module-list__meta">
                      Topic: {module.topic}
                      <span aria-hidden="true"> · </span>
                      <span className="govuk-visually-hidden">, </span>
                      {lessonCount(module.viewerProgress.totalLessons)}
                    </p>
                    <p className="govuk-body-s govuk-!-margin-bottom-0 app-tags">
                      <Tag colour={AUDIENCE_COLOURS[module.audience]}>{AUDIENCE_LABELS[module.audience]}</Tag>
                      {viewer && module.viewerProgress.status !== 'NOT_STARTED' ? (
                        <Tag colour={MODULE_PROGRESS_COLOURS[module.viewerProgress.status]}>
                          {MODULE_PROGRESS_LABELS[module.viewerProgress.status]}
                        </Tag>
                      ) : null}
                    </p>
                  </li>
                ))}
              </ul>
              <Pagination
                previousHref={page.previousHref}
                nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
              />
            </>
          )}
        </div>
      </div>
    </Page>
  );
}

function CatalogueFilters({
  initial,
  topics,
  signedIn,
  filtered,
}: {
  initial: Filters;
  topics: readonly string[];
  signedIn: boolean;
  filtered: boolean;
}) {
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>(initial);
  const topicOptions = [
    { value: '', text: 'All topics' },
    // A topic in the address that the list no longer has stays selectable, so the form tells the truth.
    ...[...new Set([...topics, ...(initial.topic ? [initial.topic] : [])])].map((item) => ({
      value: item,
      text: item,
    })),
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (filters.search.trim()) next.set('search', filters.search.trim());
    if (filters.topic) next.set('topic', filters.topic);
    if (signedIn && filters.audience) next.set('audience', filters.audience);
    if (signedIn && filters.progress) next.set('progress', filters.progress);
    const query = next.toString();
    void navigate(`/learn${query ? `?${query}` : ''}`);
  };

  return (
    <form
      method="get"
      action="/learn"
      role="search"
      aria-label="Search and filter modules"
      className="app-filter"
      onSubmit={onSubmit}
    >
      <h2 className="govuk-heading-m">Search and filter</h2>
      <TextInput
        id="search"
        label="Search by title"
        labelClassName="govuk-label--s"
        type="search"
        value={filters.search}
        onChange={(value) => setFilters({ ...filters, search: value })}
      />
      <Select
        id="topic"
        label="Topic"
        labelClassName="govuk-label--s"
        options={topicOptions}
        value={filters.topic}
        onChange={(value) => setFilters({ ...filters, topic: value })}
      />
      {signedIn ? (
        <>
          <Select
            id="audience"
            label="Who it is for"
            labelClassName="govuk-label--s"
            options={[
              { value: '', text: 'Everyone and staff' },
              ...AUDIENCES.map((item) => ({ value: item, text: AUDIENCE_LABELS[item] })),
            ]}
            value={filters.audience}
            onChange={(value) => setFilters({ ...filters, audience: value })}
          />
          <Select
            id="progress"
            label="Your progress"
            labelClassName="govuk-label--s"
            options={[
              { value: '', text: 'Any' },
              { value: 'IN_PROGRESS', text: 'In progress' },
              { value: 'COMPLETED', text: 'Completed' },
            ]}
            value={filters.progress}
            onChange={(value) => setFilters({ ...filters, progress: value })}
          />
        </>
      ) : null}
      <Button variant="secondary">Apply filters</Button>
      {filtered ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/learn">
            Clear search and filters
          </Link>
        </p>
      ) : null}
    </form>
  );
}

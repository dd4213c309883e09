import { useQuery } from '@apollo/client/react';
import { MYTH_VERDICT_LABELS, MYTH_VERDICTS } from '@common-ground/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../../../app/AuthContext';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import type { MythVerdict } from '../../../../gql/graphql';
import { formatDate } from '../../../../lib/dates';
import { Button, ButtonLink, Select } from '../../../../ui';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { VerdictTag } from '../components/VerdictTag';
import { mythsQuery } from '../operations';
import { MYTH_QUEUE_PATH, mythHref, NEW_MYTH_PATH } from '../paths';
import '../../faq/faq.scss';
import '../myth.scss';

const isVerdict = (value: string | null): value is MythVerdict => MYTH_VERDICTS.some((v) => v === value);

/**
 * /library/myths: published myth-busters, newest first: what people say, the verdict as a
 * tag, and the facts in a sentence; a verdict filter; for editors, the queue and "Add".
 */
export function MythListPage() {
  const { viewer } = useAuth();
  const editor = viewer?.roles.some((role) => role === 'EDITOR' || role === 'ADMIN') ?? false;
  const [params, setParams] = useSearchParams();
  const verdict = params.get('verdict');
  const [chosen, setChosen] = useState(verdict ?? '');
  const { data, loading, error, fetchMore } = useQuery(mythsQuery, {
    variables: { first: 50, filter: isVerdict(verdict) ? { verdict } : null },
  });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return <SomethingWentWrong />;
  const myths = data?.myths.edges.map((edge) => edge.node) ?? [];
  return (
    <Page title="Myth-busters" caption="Library">
      <p className="govuk-body-l">Things people often hear, checked against the facts and where the facts come from.</p>
      {editor ? (
        <div className="govuk-button-group">
          <ButtonLink to={NEW_MYTH_PATH}>Add a myth-buster</ButtonLink>
          <Link className="govuk-link" to={MYTH_QUEUE_PATH}>
            Editors’ queue: reported rumours, drafts and reviews due
          </Link>
        </div>
      ) : null}
      <form
        className="app-faq-filter"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(chosen ? { verdict: chosen } : {});
        }}
      >
        <Select
          id="verdict"
          label="Verdict"
          labelClassName="govuk-label--s"
          options={[
            { value: '', text: 'Any verdict' },
            ...MYTH_VERDICTS.map((value) => ({ value, text: MYTH_VERDICT_LABELS[value] })),
          ]}
          value={chosen}
          onChange={setChosen}
        />
        <Button type="submit" variant="secondary">
          Show myth-busters
        </Button>
      </form>
      {myths.length === 0 ? (
        <p className="govuk-body">There are no myth-busters here yet.</p>
      ) : (
        <ul className="govuk-list app-myth-list">
          {myths.map((myth) => (
            <li key={myth.id} className="app-myth-list__item">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={mythHref(myth.slug)}>
                  {myth.claim}
                </Link>
              </h2>
              <p className="govuk-body govuk-!-margin-bottom-1">
                <VerdictTag verdict={myth.verdict} /> {myth.summary}
              </p>
              {myth.reviewedAt ? (
                <p className="govuk-body-s app-myth-list__meta">
                  Last checked <time dateTime={myth.reviewedAt}>{formatDate(myth.reviewedAt)}</time>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {data?.myths.pageInfo.hasNextPage ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => void fetchMore({ variables: { after: data.myths.pageInfo.endCursor } })}
        >
          Show more myth-busters
        </Button>
      ) : null}
    </Page>
  );
}

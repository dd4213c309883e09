import { useMutation, useQuery } from '@apollo/client/react';
import { MYTH_LIMITS } from '@common-ground/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import type { MythCardFragment } from '../../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../../lib/dates';
import { mapApiError } from '../../../../lib/errors';
import { BackLink, Button, ErrorSummary, NotificationBanner, TextInput } from '../../../../ui';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { ContentStatusTag } from '../../components/ContentStatusTag';
import { VerdictTag } from '../components/VerdictTag';
import { mythSettingsQuery, mythsQuery, updateMythSettingsMutation } from '../operations';
import { editMythHref, mythHref, MYTHS_PATH } from '../paths';
import '../myth.scss';

function MythRows({ myths, empty }: { myths: MythCardFragment[]; empty: string }) {
  if (!myths.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list app-myth-list">
      {myths.map((myth) => (
        <li key={myth.id} className="app-myth-list__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            <Link className="govuk-link" to={myth.status === 'PUBLISHED' ? mythHref(myth.slug) : editMythHref(myth.id)}>
              {myth.claim}
            </Link>
          </h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <ContentStatusTag status={myth.status} /> <VerdictTag verdict={myth.verdict} />
          </p>
          {myth.heardIn ? (
            <p className="govuk-body-s app-myth-list__meta">
              Reported by {myth.heardIn.reportedBy?.name ?? 'a former member of staff'} on{' '}
              {formatDateTime(myth.heardIn.reportedAt)}.{' '}
              {myth.heardIn.href ? (
                <Link className="govuk-link" to={myth.heardIn.href}>
                  See where it was heard<span className="govuk-visually-hidden">: {myth.claim}</span>
                </Link>
              ) : null}
            </p>
          ) : null}
          {myth.status === 'PUBLISHED' ? (
            <p className="govuk-body-s app-myth-list__meta">
              {myth.reviewedAt ? `Last checked ${formatDate(myth.reviewedAt)}.` : 'Never checked since publishing.'}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * /library/myths/queue (editors): rumours staff reported from discussions (draft myths with
 * a link back to the post), other drafts and myths in review, published myths due for review,
 * and the review age setting.
 */
export function MythQueuePage() {
  const reported = useQuery(mythsQuery, { variables: { first: 100, filter: { status: 'DRAFT', reported: true } } });
  const drafts = useQuery(mythsQuery, { variables: { first: 100, filter: { status: 'DRAFT', reported: false } } });
  const inReview = useQuery(mythsQuery, { variables: { first: 100, filter: { status: 'IN_REVIEW' } } });
  const due = useQuery(mythsQuery, { variables: { first: 100, filter: { reviewDue: true } } });
  const settings = useQuery(mythSettingsQuery);
  const [months, setMonths] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [save, saving] = useMutation(updateMythSettingsMutation, {
    refetchQueries: [{ query: mythsQuery, variables: { first: 100, filter: { reviewDue: true } } }],
  });
  const all = [reported, drafts, inReview, due];
  if (all.some((q) => q.loading && !q.data) || (settings.loading && !settings.data)) return <LoadingPage />;
  if (all.some((q) => q.error && !q.data)) return <SomethingWentWrong />;
  const nodes = (q: typeof reported) => q.data?.myths.edges.map((edge) => edge.node) ?? [];
  const current = settings.data?.mythSettings.reviewAfterMonths ?? MYTH_LIMITS.reviewMonthsDefault;
  const onSave = async () => {
    const value = Number(months ?? current);
    if (!Number.isInteger(value) || value < MYTH_LIMITS.reviewMonthsMin || value > MYTH_LIMITS.reviewMonthsMax) {
      setDone(null);
      setProblem(
        `Enter a whole number of months from ${MYTH_LIMITS.reviewMonthsMin} to ${MYTH_LIMITS.reviewMonthsMax}`,
      );
      return;
    }
    try {
      await save({ variables: { input: { reviewAfterMonths: value } } });
      setProblem(null);
      setDone(`Myths are now due for review ${value} months after they were last checked`);
    } catch (error) {
      setProblem(mapApiError(error, ['reviewAfterMonths']).fields.reviewAfterMonths ?? 'That did not work. Try again.');
    }
  };
  return (
    <Page
      title="Myth-busters: editors’ queue"
      caption="Myth-busters"
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={MYTHS_PATH} />
          {problem ? <ErrorSummary errors={[{ text: problem, href: '#review-months' }]} /> : null}
          {done ? <NotificationBanner type="success" heading={done} /> : null}
        </>
      }
    >
      <h2 className="govuk-heading-m">Rumours reported by staff ({nodes(reported).length})</h2>
      <MythRows myths={nodes(reported)} empty="No rumours are waiting." />
      <h2 className="govuk-heading-m">Drafts ({nodes(drafts).length})</h2>
      <MythRows myths={nodes(drafts)} empty="No other drafts." />
      <h2 className="govuk-heading-m">In review ({nodes(inReview).length})</h2>
      <MythRows myths={nodes(inReview)} empty="Nothing is waiting for review." />
      <h2 className="govuk-heading-m">Due for review ({nodes(due).length})</h2>
      <MythRows myths={nodes(due)} empty={`Every published myth was checked in the last ${current} months.`} />
      <h2 className="govuk-heading-m">When myths are due for review</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <TextInput
          id="review-months"
          label="Months after the last check"
          hint={`A published myth is flagged when its facts were last checked longer ago than this (${MYTH_LIMITS.reviewMonthsMin} to ${MYTH_LIMITS.reviewMonthsMax}).`}
          inputMode="numeric"
          widthClassName="govuk-input--width-3"
          error={problem ?? undefined}
          value={months ?? String(current)}
          onChange={setMonths}
        />
        <Button type="submit" variant="secondary" loading={saving.loading}>
          Save
        </Button>
      </form>
    </Page>
  );
}

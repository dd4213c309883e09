import { useMutation, useQuery } from '@apollo/client/react';
import { COMPETENCY_KIND_LABELS, COMPETENCY_KINDS } from '@common-ground/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import type { FrameworkNeedsQuery } from '../../../gql/graphql';
import { apiErrorCode } from '../../../lib/errors';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, Radios } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { CONFIDENCE_CHOICES } from '../labels';
import { frameworkNeedsQuery, rateCompetenciesMutation } from '../operations';
import { FRAMEWORK_PATH, PLAN_PATH } from '../paths';
import { readVisitorRatings, saveVisitorRatings } from '../visitorRatings';

type Competency = FrameworkNeedsQuery['frameworkCompetencies'][number];

const fieldId = (competencyId: string) => `confidence-${competencyId}`;

/**
 * What a workforce group needs to know and do in a strand, each with a confidence
 * question. Signed in, the answers are kept with the person; signed out, only in this
 * browser tab. Either way the plan follows.
 */
export function NeedsPage() {
  const [params] = useSearchParams();
  const strandId = params.get('strand') ?? '';
  const groupId = params.get('group') ?? '';
  const { data, loading, error } = useQuery(frameworkNeedsQuery, {
    variables: { strandId, workforceGroupId: groupId },
    skip: !strandId || !groupId,
    fetchPolicy: 'network-only',
  });
  if (!strandId || !groupId) return <NotFoundPage />;
  if (loading && !data) return <LoadingPage />;
  if (apiErrorCode(error) === 'UNAUTHENTICATED') {
    return (
      <Page title="Sign in to use this group">
        <p className="govuk-body">
          Without signing in you can use the tool as a member of the public, a carer or a volunteer.{' '}
          <Link className="govuk-link" to={`/sign-in?next=${encodeURIComponent(`/framework/needs?${params}`)}`}>
            Sign in
          </Link>{' '}
          to use it for your role at work, or{' '}
          <Link className="govuk-link" to={FRAMEWORK_PATH}>
            choose another group
          </Link>
          .
        </p>
      </Page>
    );
  }
  if (!data) return <NotFoundPage />;
  const strand = data.frameworkStrands.find((s) => s.id === strandId);
  const group = data.frameworkGroups.find((g) => g.id === groupId);
  if (!strand || !group) return <NotFoundPage />;
  return (
    <NeedsForm
      key={`${strandId}/${groupId}`}
      strandName={strand.name}
      groupName={group.name}
      competencies={data.frameworkCompetencies}
    />
  );
}

function NeedsForm({
  strandName,
  groupName,
  competencies,
}: {
  strandName: string;
  groupName: string;
  competencies: Competency[];
}) {
  const { viewer } = useAuth();
  const navigate = useNavigate();
  const [rate, rateState] = useMutation(rateCompetenciesMutation);
  const kept = new Map(readVisitorRatings().map((r) => [r.competencyId, r.confidence]));
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      competencies.map((c) => {
        const known = viewer ? c.viewerConfidence : kept.get(c.id);
        return [c.id, known ? String(known) : ''];
      }),
    ),
  );
  const order = competencies.map((c) => fieldId(c.id));
  const errors = useFormErrors(order);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      competencies
        .filter((c) => !answers[c.id])
        .map((c) => [fieldId(c.id), `Select how confident you are: ${c.statement}`]),
    );
    if (Object.keys(missing).length) {
      errors.showFieldErrors(missing);
      return;
    }
    const ratings = competencies.map((c) => ({ competencyId: c.id, confidence: Number(answers[c.id]) }));
    try {
      if (viewer) await rate({ variables: { input: { ratings } } });
      else saveVisitorRatings(ratings);
      await navigate(PLAN_PATH, { state: withFlash('Your answers have been saved', 'Here is your learning plan.') });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title={`What you need to know and do: ${strandName}`}
      caption={`${strandName} – ${groupName}`}
      heading="What you need to know and do"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={FRAMEWORK_PATH} />
          <FormErrorSummary errors={errors} fieldOrder={order} />
        </>
      }
    >
      {competencies.length === 0 ? (
        <p className="govuk-body">
          Nothing has been written for this group yet.{' '}
          <Link className="govuk-link" to={FRAMEWORK_PATH}>
            Choose another group or subject
          </Link>
          .
        </p>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <p className="govuk-body">
            For each one, choose how confident you feel. Be honest: your answers decide what your plan suggests.
          </p>
          {COMPETENCY_KINDS.map((kind) => {
            const ofKind = competencies.filter((c) => c.kind === kind);
            if (!ofKind.length) return null;
            return (
              <section key={kind} aria-labelledby={`heading-${kind}`}>
                <h2 className="govuk-heading-m" id={`heading-${kind}`}>
                  {COMPETENCY_KIND_LABELS[kind]}
                </h2>
                {ofKind.map((c) => (
                  <Radios
                    key={c.id}
                    idPrefix={fieldId(c.id)}
                    legend={c.statement}
                    error={errors.fields[fieldId(c.id)]}
                    items={CONFIDENCE_CHOICES}
                    value={answers[c.id] ?? ''}
                    onChange={(value) => setAnswers((all) => ({ ...all, [c.id]: value }))}
                    small
                  />
                ))}
              </section>
            );
          })}
          <Button type="submit" loading={rateState.loading} loadingText="Saving…">
            Save and see my plan
          </Button>
        </form>
      )}
    </Page>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { FRAMEWORK_LIMITS, RESOURCE_KIND_LABELS } from '@common-ground/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import type { LearningPlanFieldsFragment } from '../../../gql/graphql';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, ButtonGroup, Textarea } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { learningPlanQuery, markResourceDoneMutation, unmarkResourceDoneMutation } from '../operations';
import { PLAN_PATH } from '../paths';

const FIELDS = ['reflection'] as const;

/** Mark a resource in your own plan done, with a short reflection; or take it back. */
export function MarkDonePage() {
  const { resourceId = '' } = useParams();
  const { data, loading } = useQuery(learningPlanQuery, { variables: { personId: null }, fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingPage />;
  const resource = data?.learningPlan.resources.find((r) => r.resourceId === resourceId);
  if (!resource || resource.countsAutomatically) return <NotFoundPage />;
  return <MarkDoneForm key={resource.resourceId} resource={resource} />;
}

function MarkDoneForm({ resource }: { resource: LearningPlanFieldsFragment['resources'][number] }) {
  const navigate = useNavigate();
  const [reflection, setReflection] = useState(resource.reflection ?? '');
  const [mark, markState] = useMutation(markResourceDoneMutation);
  const [unmark, unmarkState] = useMutation(unmarkResourceDoneMutation);
  const errors = useFormErrors(FIELDS);
  const max = FRAMEWORK_LIMITS.reflectionMaxLength;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reflection.trim()) {
      errors.showFieldErrors({ reflection: 'Write a sentence or two about what you learned' });
      return;
    }
    if (reflection.length > max) {
      errors.showFieldErrors({ reflection: `Your reflection must be ${max} characters or fewer` });
      return;
    }
    try {
      await mark({ variables: { input: { resourceId: resource.resourceId, reflection } } });
      await navigate(PLAN_PATH, { state: withFlash(`${resource.title} is marked as done`) });
    } catch (error) {
      errors.showApiError(error);
    }
  };
  const onUndo = async () => {
    try {
      await unmark({ variables: { input: { resourceId: resource.resourceId } } });
      await navigate(PLAN_PATH, { state: withFlash(`${resource.title} is no longer marked as done`) });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title={`Mark as done: ${resource.title}`}
      caption={RESOURCE_KIND_LABELS[resource.kind]}
      heading={resource.title}
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={PLAN_PATH} />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Textarea
          id="reflection"
          label="What did you learn, and what will you do differently?"
          labelClassName="govuk-label--m"
          hint={`A few sentences for you and your line manager. Do not include details that identify the people you work with. Up to ${max} characters.`}
          error={errors.fields.reflection}
          value={reflection}
          onChange={setReflection}
          rows={6}
        />
        <ButtonGroup>
          <Button type="submit" loading={markState.loading} loadingText="Saving…">
            {resource.done ? 'Save reflection' : 'Mark as done'}
          </Button>
          {resource.done ? (
            <Button type="button" variant="secondary" loading={unmarkState.loading} onClick={() => void onUndo()}>
              Mark as not done
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </Page>
  );
}

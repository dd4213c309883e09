import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { BackLink } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { PlanView } from '../components/PlanView';
import { learningPlanQuery, publicLearningPlanQuery } from '../operations';
import { FRAMEWORK_PATH, TEAM_PATH } from '../paths';
import { readVisitorRatings } from '../visitorRatings';

/**
 * A learning plan: the signed-in person's own, a team member's (`/framework/team/:personId`,
 * for their line manager; the API decides who may see it), or a signed-out visitor's, made
 * from the ratings kept in this browser tab.
 */
export function PlanPage() {
  const { viewer, loading } = useAuth();
  const { personId } = useParams();
  if (loading) return <LoadingPage />;
  if (!viewer) return personId ? <NotFoundPage /> : <VisitorPlan />;
  return <PersonPlan personId={personId ?? null} />;
}

function PersonPlan({ personId }: { personId: string | null }) {
  const { data, loading } = useQuery(learningPlanQuery, { variables: { personId }, fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingPage />;
  const plan = data?.learningPlan;
  if (!plan) return <NotFoundPage />;
  const own = personId === null;
  return (
    <Page
      title={own ? 'Your learning plan' : `Learning plan for ${plan.personName ?? ''}`}
      width="two-thirds"
      beforeHeading={<BackLink to={own ? FRAMEWORK_PATH : TEAM_PATH} />}
    >
      <PlanView plan={plan} own={own} pdf />
    </Page>
  );
}

function VisitorPlan() {
  const ratings = readVisitorRatings();
  const { data, loading, error } = useQuery(publicLearningPlanQuery, {
    variables: { input: { ratings } },
    skip: ratings.length === 0,
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <LoadingPage />;
  return (
    <Page title="Your learning plan" beforeHeading={<BackLink to={FRAMEWORK_PATH} />}>
      <p className="govuk-body">
        This plan is kept only in this browser window.{' '}
        <Link className="govuk-link" to="/sign-in?next=%2Fframework%2Fplan">
          Sign in
        </Link>{' '}
        to keep a plan and record what you have done.
      </p>
      {ratings.length === 0 || error || !data ? (
        <p className="govuk-body">
          You have not answered any questions yet.{' '}
          <Link className="govuk-link" to={FRAMEWORK_PATH}>
            Find what you need to know and do
          </Link>
          .
        </p>
      ) : (
        <PlanView plan={data.publicLearningPlan} own={false} pdf={false} emptyAction={null} />
      )}
    </Page>
  );
}

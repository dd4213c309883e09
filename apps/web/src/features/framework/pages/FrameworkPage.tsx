import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, InsetText, Radios } from '../../../ui';
import { frameworkToolQuery } from '../operations';
import { FRAMEWORK_ADMIN_PATH, needsHref, PLAN_PATH, TEAM_PATH } from '../paths';

const FIELDS = ['group', 'strand'] as const;

/**
 * The start of the interactive tool: choose your workforce group (your profile's is
 * chosen for you) and a strand, then see what you need to know and do. Signed-out
 * visitors are offered the groups open to the public only (the API decides).
 */
export function FrameworkPage() {
  const { viewer, isAdmin } = useAuth();
  const { data, loading, error } = useQuery(frameworkToolQuery);
  if (loading && !data) return <LoadingPage />;
  if (error || !data) {
    return (
      <Page title="Framework">
        <p className="govuk-body">Sorry, the framework could not be loaded. Try again later.</p>
      </Page>
    );
  }
  const viewersGroup = data.frameworkGroups.find((g) => g.isViewersGroup)?.id ?? '';
  return (
    <FrameworkTool
      key={viewersGroup}
      groups={data.frameworkGroups}
      strands={data.frameworkStrands}
      initialGroup={viewersGroup}
      signedIn={!!viewer}
      isAdmin={isAdmin}
    />
  );
}

interface Choice {
  id: string;
  name: string;
  description: string;
}

function FrameworkTool({
  groups,
  strands,
  initialGroup,
  signedIn,
  isAdmin,
}: {
  groups: Choice[];
  strands: Choice[];
  initialGroup: string;
  signedIn: boolean;
  isAdmin: boolean;
}) {
  const navigate = useNavigate();
  const [group, setGroup] = useState(initialGroup || (groups.length === 1 ? groups[0].id : ''));
  const [strand, setStrand] = useState(strands.length === 1 ? strands[0].id : '');
  const errors = useFormErrors(FIELDS);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!group) found.group = 'Select the group that best describes your role';
    if (!strand) found.strand = 'Select what you want to find out about';
    if (Object.keys(found).length) {
      errors.showFieldErrors(found);
      return;
    }
    void navigate(needsHref(strand, group));
  };
  return (
    <Page
      title="Find what you need to know and do"
      error={errors.hasErrors}
      beforeHeading={<FormErrorSummary errors={errors} fieldOrder={FIELDS} />}
    >
      <p className="govuk-body-l">
        The partnership’s learning and development framework says what people in each role need to know and do to keep
        people safe and help newcomers settle. Rate how confident you feel, and get a learning plan.
      </p>
      <p className="govuk-body">
        Attending training is not the only way to learn: your plan suggests e-learning, briefings, reading, podcasts,
        shadowing a colleague and courses.
      </p>
      {signedIn ? (
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={PLAN_PATH}>
              Your learning plan
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={TEAM_PATH}>
              Learning plans of the people you manage
            </Link>
          </li>
          {isAdmin ? (
            <li>
              <Link className="govuk-link" to={FRAMEWORK_ADMIN_PATH}>
                Manage the framework
              </Link>
            </li>
          ) : null}
        </ul>
      ) : (
        <InsetText>
          You are not signed in, so you can use the tool as a member of the public, a carer or a volunteer. Your answers
          stay in this browser window and are not sent to us to keep.{' '}
          <Link className="govuk-link" to="/sign-in?next=%2Fframework">
            Sign in
          </Link>{' '}
          to use it for your role at work and keep your plan.
        </InsetText>
      )}
      {!groups.length || !strands.length ? (
        <p className="govuk-body">The framework has not been set up yet. Please come back later.</p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Radios
            idPrefix="group"
            legend={<h2 className="govuk-fieldset__heading">Which group is your role in?</h2>}
            legendClassName="govuk-fieldset__legend--m"
            hint={initialGroup ? 'We have chosen the group in your profile. You can choose another.' : undefined}
            error={errors.fields.group}
            items={groups.map((g) => ({ value: g.id, text: g.name, hint: g.description || undefined }))}
            value={group}
            onChange={setGroup}
          />
          <Radios
            idPrefix="strand"
            legend={<h2 className="govuk-fieldset__heading">What do you want to find out about?</h2>}
            legendClassName="govuk-fieldset__legend--m"
            error={errors.fields.strand}
            items={strands.map((s) => ({ value: s.id, text: s.name, hint: s.description || undefined }))}
            value={strand}
            onChange={setStrand}
          />
          <Button type="submit">Continue</Button>
        </form>
      )}
    </Page>
  );
}

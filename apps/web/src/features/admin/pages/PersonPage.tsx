import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { isRole, languageName, ROLE_HINTS, ROLE_LABELS, ROLES, WORKFORCE_GROUP_LABELS } from '../../../lib/labels';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, Checkboxes, NotificationBanner, SummaryList, Tag } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { adminPersonQuery, setPersonRolesMutation } from '../operations';
import type { Role } from '../../../gql/graphql';

const FIELDS = ['roles'] as const;

/**
 * One person's account: their details, their roles (changed with
 * checkboxes) and a way to close or reopen the account. What the admin may
 * do comes from the API's `viewerCan`.
 */
export function PersonPage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(adminPersonQuery, { variables: { id } });
  const [setRoles, { loading: saving }] = useMutation(setPersonRolesMutation);
  const errors = useFormErrors(FIELDS);
  const [saved, setSaved] = useState(0);
  const person = data?.person;

  if (loading && !data) return <LoadingPage />;
  if (!person) return <NotFoundPage />;

  const onSave = async (roles: string[]) => {
    const chosen: Role[] = roles.filter(isRole);
    if (chosen.length === 0) {
      errors.showFieldErrors({ roles: 'Select at least one role' });
      return;
    }
    try {
      await setRoles({ variables: { input: { personId: person.id, roles: chosen } } });
      errors.clear();
      setSaved((count) => count + 1);
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title={person.name}
      caption="People"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to="/admin/people" text="Back to people" />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
          {saved > 0 && !errors.hasErrors ? (
            <NotificationBanner key={saved} type="success" heading={`${person.name}’s roles have been updated`} />
          ) : null}
        </>
      }
    >
      <p className="govuk-body">{person.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Closed</Tag>}</p>
      <SummaryList
        rows={[
          { key: 'Email address', value: <span className="app-break-anywhere">{person.email ?? 'Not shown'}</span> },
          { key: 'Email confirmed', value: person.emailVerified ? 'Yes' : 'No' },
          { key: 'Organisation', value: person.organisation.name },
          { key: 'Job title', value: person.jobTitle },
          { key: 'Contact with the public', value: WORKFORCE_GROUP_LABELS[person.workforceGroup] },
          { key: 'Preferred language', value: languageName(person.preferredLanguage) },
          { key: 'Line manager’s email', value: person.lineManagerEmail ?? 'Not given' },
          { key: 'Account created', value: formatDate(person.createdAt) },
        ]}
      />
      {person.viewerCan.manageRoles ? (
        <RolesForm
          key={`${person.id}:${person.roles.join(',')}`}
          initialRoles={person.roles}
          error={errors.fields.roles}
          saving={saving}
          onSave={onSave}
        />
      ) : null}
      {person.viewerCan.deactivate ? (
        <>
          <h2 className="govuk-heading-m">{person.active ? 'Close this account' : 'Reopen this account'}</h2>
          <p className="govuk-body">
            {person.active
              ? 'A closed account cannot sign in. Their learning record is kept.'
              : 'Reopening the account lets this person sign in again.'}
          </p>
          <p className="govuk-body">
            <Link
              className="govuk-link"
              to={`/admin/people/${person.id}/${person.active ? 'deactivate' : 'reactivate'}`}
            >
              {person.active ? 'Close account' : 'Reopen account'}
              <span className="govuk-visually-hidden"> for {person.name}</span>
            </Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}

interface RolesFormProps {
  initialRoles: readonly Role[];
  error?: string;
  saving: boolean;
  onSave: (roles: string[]) => Promise<void>;
}

/**
 * The role checkboxes, starting from the person's saved roles. The page keys
 * it on those roles, so the checkboxes start again from them when they change.
 */
function RolesForm({ initialRoles, error, saving, onSave }: RolesFormProps) {
  const [roles, setRoles] = useState<string[]>(() => [...initialRoles]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onSave(roles);
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <Checkboxes
        idPrefix="roles"
        legend="Roles"
        legendClassName="govuk-fieldset__legend--m"
        hint="Select all that apply."
        items={ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role], hint: ROLE_HINTS[role] }))}
        values={roles}
        onChange={setRoles}
        error={error}
      />
      <Button loading={saving}>Save roles</Button>
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { validateForm } from '../../../lib/forms';
import { isRole, ROLE_HINTS, ROLE_LABELS, ROLES } from '../../../lib/labels';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { emailAddress, requiredText } from '../../../lib/validation';
import { BackLink, Button, ButtonGroup, Checkboxes, InsetText, Panel, Select, TextInput } from '../../../ui';
import type { CreateInvitationMutation } from '../../../gql/graphql';
import { createInvitationMutation, organisationOptionsQuery } from '../operations';

const FIELDS = ['email', 'organisationId', 'roles'] as const;

const schema = z.object({
  email: emailAddress('Enter the email address of the person you are inviting'),
  organisationId: requiredText('Select the organisation they work for'),
  roles: z.array(z.string()).min(1, 'Select at least one role'),
});

type CreatedInvitation = CreateInvitationMutation['createInvitation'];

/**
 * Invite someone by email. The link is shown once, straight after creation,
 * so it can be sent another way if the email does not arrive.
 */
export function NewInvitationPage() {
  const organisations = useQuery(organisationOptionsQuery);
  const [createInvitation, { loading }] = useMutation(createInvitationMutation);
  const errors = useFormErrors(FIELDS);
  const { values, setField, setValues } = useFormValues<{ email: string; organisationId: string; roles: string[] }>({
    email: '',
    organisationId: '',
    roles: ['LEARNER'],
  });
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    try {
      const response = await createInvitation({
        variables: {
          input: {
            email: result.data.email,
            organisationId: result.data.organisationId,
            roles: result.data.roles.filter(isRole),
          },
        },
      });
      if (response.data) setCreated(response.data.createInvitation);
    } catch (error) {
      errors.showApiError(error);
    }
  };

  if (created) {
    return (
      <Page title="Invitation sent" heading={false}>
        <Panel title="Invitation sent">
          We have emailed <strong className="app-break-anywhere">{created.email}</strong>
        </Panel>
        <p className="govuk-body">
          They will join {created.organisation.name} as {created.roles.map((role) => ROLE_LABELS[role]).join(', ')}. The
          invitation expires on {formatDate(created.expiresAt)}.
        </p>
        {created.link ? (
          <>
            <h2 className="govuk-heading-m">Invitation link</h2>
            <p className="govuk-body">
              If the email does not arrive, you can send them this link yourself. It is shown only once.
            </p>
            <InsetText>
              <span className="app-break-anywhere">{created.link}</span>
            </InsetText>
          </>
        ) : null}
        <ButtonGroup>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setCreated(null);
              setValues({ email: '', organisationId: values.organisationId, roles: ['LEARNER'] });
            }}
          >
            Invite someone else
          </Button>
          <Link className="govuk-link" to="/admin/invitations">
            Back to invitations
          </Link>
        </ButtonGroup>
      </Page>
    );
  }

  const organisationOptions = [
    { value: '', text: organisations.loading ? 'Loading organisations…' : 'Select an organisation' },
    ...(organisations.data?.organisations.edges.map((edge) => ({ value: edge.node.id, text: edge.node.name })) ?? []),
  ];

  return (
    <Page
      title="Invite someone"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to="/admin/invitations" />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={setField('email')}
          error={errors.fields.email}
        />
        <Select
          id="organisationId"
          label="Organisation"
          options={organisationOptions}
          value={values.organisationId}
          onChange={setField('organisationId')}
          error={errors.fields.organisationId}
        />
        <Checkboxes
          idPrefix="roles"
          legend="Roles"
          hint="Select all that apply. Most people only need Learner."
          items={ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role], hint: ROLE_HINTS[role] }))}
          values={values.roles}
          onChange={setField('roles')}
          error={errors.fields.roles}
        />
        <ButtonGroup>
          <Button loading={loading} loadingText="Sending…">
            Send invitation
          </Button>
          <Link className="govuk-link" to="/admin/invitations">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}

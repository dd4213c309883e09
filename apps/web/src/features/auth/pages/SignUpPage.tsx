import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useAuth } from '../../../app/AuthContext';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { validateForm } from '../../../lib/forms';
import {
  isWorkforceGroup,
  LANGUAGES,
  WORKFORCE_GROUP_HINTS,
  WORKFORCE_GROUP_LABELS,
  WORKFORCE_GROUPS,
} from '../../../lib/labels';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { emailAddress, MIN_PASSWORD_LENGTH, newPassword, requiredText } from '../../../lib/validation';
import { Button, InsetText, PasswordInput, Radios, Select, TextInput } from '../../../ui';
import { invitationPreviewQuery, signUpMutation } from '../operations';

const FIELDS = ['name', 'email', 'jobTitle', 'workforceGroup', 'preferredLanguage', 'password'] as const;

const schema = z.object({
  name: requiredText('Enter your full name'),
  email: emailAddress('Enter your work email address'),
  jobTitle: requiredText('Enter your job title'),
  workforceGroup: z.string().refine(isWorkforceGroup, 'Select how much contact you have with the public'),
  preferredLanguage: requiredText('Select your preferred language'),
  password: newPassword('Enter a password'),
});

/**
 * Create an account. With an invitation token (`?invitation=` or
 * `/invitations/:token`) it shows who invited the person, fills in the
 * email address and signs them in straight away; otherwise it asks them to
 * confirm their email address first.
 */
export function SignUpPage() {
  const { token: pathToken } = useParams();
  const [params] = useSearchParams();
  const invitationToken = pathToken ?? params.get('invitation') ?? undefined;
  const navigate = useNavigate();
  const { refresh } = useAuth();
  const { values, setField, setValues } = useFormValues({
    name: '',
    email: '',
    jobTitle: '',
    workforceGroup: '',
    preferredLanguage: 'en',
    password: '',
  });
  const errors = useFormErrors(FIELDS);
  const [signUp, { loading }] = useMutation(signUpMutation);
  const invitation = useQuery(invitationPreviewQuery, {
    variables: { token: invitationToken ?? '' },
    skip: !invitationToken,
  });
  const preview = invitation.data?.invitation ?? null;

  useEffect(() => {
    if (preview) setValues((previous) => (previous.email ? previous : { ...previous, email: preview.email }));
  }, [preview, setValues]);

  if (invitationToken && invitation.loading && !invitation.data) return <LoadingPage />;
  if (invitationToken && !preview) {
    return (
      <Page title="This invitation link does not work">
        <p className="govuk-body">The link may have expired, been used already or been cancelled.</p>
        <p className="govuk-body">Ask the person who invited you to send a new invitation.</p>
        <p className="govuk-body">
          You can also{' '}
          <Link className="govuk-link" to="/sign-up">
            create an account
          </Link>{' '}
          with your work email address.
        </p>
      </Page>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    const { workforceGroup, ...rest } = result.data;
    if (!isWorkforceGroup(workforceGroup)) return;
    try {
      const response = await signUp({ variables: { input: { ...rest, workforceGroup, invitationToken } } });
      const payload = response.data?.signUp;
      if (payload?.viewer) {
        await refresh();
        await navigate('/', { state: withFlash('Your account has been created', 'You are now signed in.') });
      } else {
        await navigate('/sign-up/check-email', { state: { email: payload?.email ?? result.data.email } });
      }
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title="Create an account"
      error={errors.hasErrors}
      beforeHeading={<FormErrorSummary errors={errors} fieldOrder={FIELDS} />}
    >
      {preview ? (
        <InsetText>
          You have been invited to join Common Ground as part of {preview.organisationName}. This invitation expires on{' '}
          {formatDate(preview.expiresAt)}.
        </InsetText>
      ) : (
        <p className="govuk-body">You need a work email address from an organisation in the partnership.</p>
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="name"
          label="Full name"
          autoComplete="name"
          spellCheck={false}
          value={values.name}
          onChange={setField('name')}
          error={errors.fields.name}
        />
        <TextInput
          id="email"
          label="Work email address"
          hint="We will send a link to this address to check it is yours."
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={values.email}
          onChange={setField('email')}
          error={errors.fields.email}
        />
        <TextInput
          id="jobTitle"
          label="Job title"
          autoComplete="organization-title"
          value={values.jobTitle}
          onChange={setField('jobTitle')}
          error={errors.fields.jobTitle}
        />
        <Radios
          idPrefix="workforceGroup"
          legend="How much contact do you have with the public in your job?"
          legendClassName="govuk-fieldset__legend--s"
          hint="This helps us suggest the right learning for you. You can change it later."
          items={WORKFORCE_GROUPS.map((group) => ({
            value: group,
            text: WORKFORCE_GROUP_LABELS[group],
            hint: WORKFORCE_GROUP_HINTS[group],
          }))}
          value={values.workforceGroup}
          onChange={setField('workforceGroup')}
          error={errors.fields.workforceGroup}
        />
        <Select
          id="preferredLanguage"
          label="Preferred language"
          hint="Some learning material is available in other languages."
          options={LANGUAGES.map((language) => ({ value: language.code, text: language.name }))}
          value={values.preferredLanguage}
          onChange={setField('preferredLanguage')}
          error={errors.fields.preferredLanguage}
        />
        <PasswordInput
          id="password"
          label="Create a password"
          hint={`Your password must be at least ${MIN_PASSWORD_LENGTH} characters long. Using 3 random words is a good way to make it easy to remember.`}
          autoComplete="new-password"
          value={values.password}
          onChange={setField('password')}
          error={errors.fields.password}
        />
        <Button loading={loading} loadingText="Creating your account…">
          Create account
        </Button>
      </form>
      <p className="govuk-body">
        Already have an account?{' '}
        <Link className="govuk-link" to="/sign-in">
          Sign in
        </Link>
        .
      </p>
    </Page>
  );
}

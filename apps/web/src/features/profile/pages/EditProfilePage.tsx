import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
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
import { optionalEmailAddress, requiredText } from '../../../lib/validation';
import { BackLink, Button, ButtonGroup, Radios, Select, TextInput } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import type { ProfileQuery } from '../../../gql/graphql';
import { profileQuery, updateProfileMutation } from '../operations';

const FIELDS = ['name', 'jobTitle', 'workforceGroup', 'preferredLanguage', 'lineManagerEmail'] as const;

const schema = z.object({
  name: requiredText('Enter your full name'),
  jobTitle: requiredText('Enter your job title'),
  workforceGroup: z.string().refine(isWorkforceGroup, 'Select how much contact you have with the public'),
  preferredLanguage: requiredText('Select your preferred language'),
  lineManagerEmail: optionalEmailAddress(),
});

/** Edit the details a person owns; email and organisation are managed by administrators. */
export function EditProfilePage() {
  const { data, loading, error } = useQuery(profileQuery);
  const viewer = data?.viewer;

  if (loading && !data) return <LoadingPage />;
  if ((error && !data) || !viewer) return <SomethingWentWrong />;

  // Keyed on the person so the form starts from their saved details, once.
  return <EditProfileForm key={viewer.id} viewer={viewer} />;
}

type ProfileViewer = NonNullable<ProfileQuery['viewer']>;

function EditProfileForm({ viewer }: { viewer: ProfileViewer }) {
  const navigate = useNavigate();
  const [update, { loading: saving }] = useMutation(updateProfileMutation);
  const errors = useFormErrors(FIELDS);
  const { values, setField } = useFormValues<Record<(typeof FIELDS)[number], string>>({
    name: viewer.name,
    jobTitle: viewer.jobTitle,
    workforceGroup: viewer.workforceGroup,
    preferredLanguage: viewer.preferredLanguage,
    lineManagerEmail: viewer.lineManagerEmail ?? '',
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    const { workforceGroup, lineManagerEmail, ...rest } = result.data;
    if (!isWorkforceGroup(workforceGroup)) return;
    try {
      await update({
        variables: {
          input: { ...rest, workforceGroup, lineManagerEmail: lineManagerEmail === '' ? null : lineManagerEmail },
        },
      });
      await navigate('/profile', { state: withFlash('Your profile has been updated') });
    } catch (caught) {
      errors.showApiError(caught);
    }
  };

  return (
    <Page
      title="Change your details"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to="/profile" />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
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
          options={LANGUAGES.map((language) => ({ value: language.code, text: language.name }))}
          value={values.preferredLanguage}
          onChange={setField('preferredLanguage')}
          error={errors.fields.preferredLanguage}
        />
        <TextInput
          id="lineManagerEmail"
          label="Line manager’s email address (optional)"
          hint="We tell your line manager when you book a course that needs their agreement."
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.lineManagerEmail}
          onChange={setField('lineManagerEmail')}
          error={errors.fields.lineManagerEmail}
        />
        <ButtonGroup>
          <Button loading={saving}>Save changes</Button>
          <Link className="govuk-link" to="/profile">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}

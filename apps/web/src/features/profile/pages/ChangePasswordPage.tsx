import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { validateForm } from '../../../lib/forms';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { MIN_PASSWORD_LENGTH, newPassword } from '../../../lib/validation';
import { BackLink, Button, ButtonGroup, PasswordInput } from '../../../ui';
import { changePasswordMutation } from '../operations';

const FIELDS = ['currentPassword', 'newPassword'] as const;

const schema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password'),
  newPassword: newPassword('Enter a new password'),
});

/** Change password, proving the current one first. */
export function ChangePasswordPage() {
  const navigate = useNavigate();
  const { values, setField } = useFormValues({ currentPassword: '', newPassword: '' });
  const errors = useFormErrors(FIELDS);
  const [change, { loading }] = useMutation(changePasswordMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    try {
      await change({ variables: { input: result.data } });
      await navigate('/profile', { state: withFlash('Your password has been changed') });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title="Change your password"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to="/profile" />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <PasswordInput
          id="currentPassword"
          label="Current password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={setField('currentPassword')}
          error={errors.fields.currentPassword}
        />
        <PasswordInput
          id="newPassword"
          label="New password"
          hint={`Your password must be at least ${MIN_PASSWORD_LENGTH} characters long.`}
          autoComplete="new-password"
          value={values.newPassword}
          onChange={setField('newPassword')}
          error={errors.fields.newPassword}
        />
        <ButtonGroup>
          <Button loading={loading}>Change password</Button>
          <Link className="govuk-link" to="/profile">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { validateForm } from '../../../lib/forms';
import { useFormErrors } from '../../../lib/useFormErrors';
import { MIN_PASSWORD_LENGTH, newPassword } from '../../../lib/validation';
import { Button, PasswordInput } from '../../../ui';
import { resetPasswordMutation } from '../operations';

const FIELDS = ['password'] as const;
const schema = z.object({ password: newPassword('Enter a new password') });

/** Choose a new password from the emailed link, then sign in with it. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const errors = useFormErrors(FIELDS);
  const [reset, { loading }] = useMutation(resetPasswordMutation);

  if (!token) {
    return (
      <Page title="This link does not work">
        <p className="govuk-body">
          The link is missing part of the address. Copy the whole link from the email, or ask for a new one.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/forgot-password">
            Ask for a new reset link
          </Link>
        </p>
      </Page>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, { password });
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    try {
      await reset({ variables: { input: { token, password: result.data.password } } });
      await navigate('/sign-in', {
        state: withFlash('Your password has been changed', 'Sign in with your new password.'),
      });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title="Choose a new password"
      error={errors.hasErrors}
      beforeHeading={<FormErrorSummary errors={errors} fieldOrder={FIELDS} />}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <PasswordInput
          id="password"
          label="New password"
          hint={`Your password must be at least ${MIN_PASSWORD_LENGTH} characters long.`}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
        />
        <Button loading={loading}>Change password</Button>
      </form>
      <p className="govuk-body">
        If the link has expired,{' '}
        <Link className="govuk-link" to="/forgot-password">
          ask for a new one
        </Link>
        .
      </p>
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useAuth } from '../../../app/AuthContext';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { INACTIVE_SIGN_OUT_MESSAGE, wasSignedOutForInactivity } from '../../../app/sessionTimeout';
import { validateForm } from '../../../lib/forms';
import { safeNext } from '../../../lib/safeNext';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { emailAddress } from '../../../lib/validation';
import { Button, NotificationBanner, PasswordInput, TextInput } from '../../../ui';
import { signInMutation } from '../operations';

const FIELDS = ['email', 'password'] as const;

const schema = z.object({
  email: emailAddress(),
  password: z.string().min(1, 'Enter your password'),
});

/**
 * Sign in with email and password. Messages from the server (wrong details,
 * a locked account) are shown exactly as sent; afterwards the person goes
 * back where they were heading, if that is a page on this site.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { refresh } = useAuth();
  const { values, setField } = useFormValues({ email: '', password: '' });
  const errors = useFormErrors(FIELDS);
  const [signIn, { loading }] = useMutation(signInMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    try {
      await signIn({ variables: { input: result.data } });
      await refresh();
      await navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title="Sign in"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
          {wasSignedOutForInactivity(location.state) ? (
            <NotificationBanner heading={INACTIVE_SIGN_OUT_MESSAGE}>
              <p className="govuk-body">Sign in again to carry on where you left off.</p>
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={values.email}
          onChange={setField('email')}
          error={errors.fields.email}
        />
        <PasswordInput
          id="password"
          label="Password"
          autoComplete="current-password"
          value={values.password}
          onChange={setField('password')}
          error={errors.fields.password}
        />
        <Button loading={loading} loadingText="Signing in…">
          Sign in
        </Button>
      </form>
      <p className="govuk-body">
        <Link className="govuk-link" to="/forgot-password">
          I have forgotten my password
        </Link>
      </p>
      <h2 className="govuk-heading-m">If you do not have an account</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-up">
          Create an account
        </Link>{' '}
        with your work email address.
      </p>
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { validateForm } from '../../../lib/forms';
import { useFormErrors } from '../../../lib/useFormErrors';
import { emailAddress } from '../../../lib/validation';
import { Button, TextInput } from '../../../ui';
import { requestPasswordResetMutation } from '../operations';

const FIELDS = ['email'] as const;
const schema = z.object({ email: emailAddress() });

/**
 * Asks for a reset link. The answer is the same whether or not an account
 * exists, so the page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = useFormErrors(FIELDS);
  const [request, { loading }] = useMutation(requestPasswordResetMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, { email });
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    try {
      await request({ variables: { input: result.data } });
      setSentTo(result.data.email);
    } catch (error) {
      errors.showApiError(error);
    }
  };

  if (sentTo) {
    return (
      <Page title="Check your email">
        <p className="govuk-body">
          If <strong>{sentTo}</strong> belongs to a Common Ground account, we have sent it a link to reset your
          password.
        </p>
        <p className="govuk-body">The link works for 1 hour. Check your junk or spam folder if it does not arrive.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Back to sign in
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Reset your password"
      error={errors.hasErrors}
      beforeHeading={<FormErrorSummary errors={errors} fieldOrder={FIELDS} />}
    >
      <p className="govuk-body">
        Enter the email address you use for Common Ground. We will send you a link to choose a new password.
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
        />
        <Button loading={loading} loadingText="Sending…">
          Send reset link
        </Button>
      </form>
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, Details, ErrorSummary, TextInput } from '../../../ui';
import { nameSubstituteMutation } from '../lifecycle-operations';
import { mySessionApplicationQuery, sessionPageQuery } from '../operations';

const FIELDS = ['email'] as const;

/**
 * After the free cancellation deadline: instead of cancelling (and being charged), name a
 * colleague from the same organisation, by their account's email, who takes the place with
 * the same charge and no late charge.
 */
export function SubstituteForm({ applicationId, sessionId }: { applicationId: string; sessionId: string }) {
  const [email, setEmail] = useState('');
  const errors = useFormErrors(FIELDS);
  const [name, naming] = useMutation(nameSubstituteMutation, {
    refetchQueries: [
      { query: mySessionApplicationQuery, variables: { sessionId } },
      { query: sessionPageQuery, variables: { id: sessionId } },
    ],
    awaitRefetchQueries: true,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      errors.showFieldErrors({ email: 'Enter the email address of the person going instead' });
      return;
    }
    try {
      await name({ variables: { input: { applicationId, email: email.trim() } } });
      errors.clear();
    } catch (problem) {
      errors.showApiError(problem);
    }
  };

  const summary = [
    ...(errors.fields.email ? [{ text: errors.fields.email, href: '#substitute-email' }] : []),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <Details summary="Send someone in your place" open={errors.hasErrors}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {summary.length ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
        <p className="govuk-body">
          It is too late to cancel free of charge. If you cannot come, someone else from your organisation can go
          instead: they take your place with the same charge, and there is no late cancellation charge.
        </p>
        <TextInput
          id="substitute-email"
          name="email"
          label="Email address of the person going instead"
          hint="They need a Common Ground account with this email address, in your organisation."
          error={errors.fields.email}
          value={email}
          onChange={setEmail}
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" loading={naming.loading}>
          Send them in my place
        </Button>
      </form>
    </Details>
  );
}

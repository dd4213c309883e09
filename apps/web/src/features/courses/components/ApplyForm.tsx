import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, ErrorSummary, TextInput } from '../../../ui';
import { applyForSessionMutation, mySessionApplicationQuery, sessionPageQuery } from '../operations';

const FIELDS = ['locality', 'managerName', 'managerEmail'] as const;

/**
 * Applying for a session: where the applicant works (people from the session's locality come
 * first) and their line manager, who is told about the outcome. Leaving the manager blank uses
 * the one in the profile; the API says if there is none.
 */
export function ApplyForm({
  sessionId,
  sessionLocality,
  requiresManagerApproval = false,
  onErrors,
}: {
  sessionId: string;
  sessionLocality: string;
  /** The course waits for the line manager's approval (by an emailed link) before an application counts. */
  requiresManagerApproval?: boolean;
  /** Told whether the form shows errors, so the page title can start "Error: ". */
  onErrors: (shown: boolean) => void;
}) {
  const [apply, applying] = useMutation(applyForSessionMutation, {
    refetchQueries: [
      { query: mySessionApplicationQuery, variables: { sessionId } },
      { query: sessionPageQuery, variables: { id: sessionId } },
    ],
    awaitRefetchQueries: true,
  });
  const [values, setValues] = useState({ locality: '', managerName: '', managerEmail: '' });
  const errors = useFormErrors(FIELDS);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await apply({
        variables: {
          input: {
            sessionId,
            locality: values.locality.trim() || null,
            managerName: values.managerName.trim() || null,
            managerEmail: values.managerEmail.trim() || null,
          },
        },
      });
      errors.clear();
      onErrors(false);
    } catch (problem) {
      errors.showApiError(problem);
      onErrors(true);
    }
  };

  const summary = [
    ...FIELDS.filter((f) => errors.fields[f]).map((f) => ({ text: errors.fields[f] ?? '', href: `#${f}` })),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="apply-heading">
      {summary.length ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
      <h2 className="govuk-heading-m" id="apply-heading">
        Apply for a place
      </h2>
      <TextInput
        id="locality"
        label="Which locality do you work in?"
        hint={`This session is in ${sessionLocality}. People who work in a session's own locality are offered places first.`}
        error={errors.fields.locality}
        value={values.locality}
        onChange={set('locality')}
        widthClassName="govuk-input--width-20"
      />
      <TextInput
        id="managerName"
        label="Your line manager’s name"
        hint="Leave blank to use the line manager in your profile."
        error={errors.fields.managerName}
        value={values.managerName}
        onChange={set('managerName')}
        autoComplete="off"
      />
      <TextInput
        id="managerEmail"
        label="Your line manager’s email address"
        hint={
          requiresManagerApproval
            ? 'This course needs their approval: they are emailed a link to approve your application before it counts. Leave blank to use your profile.'
            : 'They are told whether you get a place. Leave blank to use your profile.'
        }
        error={errors.fields.managerEmail}
        value={values.managerEmail}
        onChange={set('managerEmail')}
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
      />
      <Button type="submit" loading={applying.loading}>
        Apply
      </Button>
    </form>
  );
}

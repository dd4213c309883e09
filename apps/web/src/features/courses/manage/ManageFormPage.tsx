import type { FormEvent, ReactNode } from 'react';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import type { FormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button } from '../../../ui';

interface ManageFormPageProps {
  title: string;
  caption: string;
  backTo: string;
  backText: string;
  errors: FormErrors;
  /** Field ids in page order, for the error summary. */
  fields: readonly string[];
  onSubmit: () => Promise<void>;
  saving: boolean;
  submitText: string;
  children: ReactNode;
  /** Shown under the form (a course's sessions). */
  after?: ReactNode;
}

/** The page around the course and session forms: back link, error summary, the form and its button. */
export function ManageFormPage(props: ManageFormPageProps) {
  const { title, caption, backTo, backText, errors, fields, onSubmit, saving, submitText, children, after } = props;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Page
      title={title}
      caption={caption}
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={backTo} text={backText} />
          <FormErrorSummary errors={errors} fieldOrder={fields} />
        </>
      }
    >
      <form onSubmit={handleSubmit} noValidate>
        {children}
        <Button type="submit" loading={saving} loadingText="Saving…">
          {submitText}
        </Button>
      </form>
      {after}
    </Page>
  );
}

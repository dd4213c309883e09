import type { FormEvent, ReactNode } from 'react';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import type { FormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button } from '../../../ui';

interface AdminFormPageProps {
  title: string;
  /** The list page the back link goes to. */
  backTo: string;
  errors: FormErrors;
  /** Field names in page order, for the error summary. */
  fields: readonly string[];
  onSubmit: () => Promise<void>;
  saving: boolean;
  submitText: string;
  children: ReactNode;
}

/**
 * The page around every framework admin form (back link, error summary, the form and its save button),
 * so the groups, strands, competencies and resources forms look and behave the same.
 */
export function AdminFormPage({
  title,
  backTo,
  errors,
  fields,
  onSubmit,
  saving,
  submitText,
  children,
}: AdminFormPageProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Page
      title={title}
      caption="Framework"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={backTo} />
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
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { validateForm } from '../../../lib/forms';
import { useFormErrors } from '../../../lib/useFormErrors';
import { requiredText } from '../../../lib/validation';
import { Button, TextInput } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { verifyCertificateQuery } from '../operations';
import { verifyHref } from '../paths';

const FIELDS = ['code'] as const;
const schema = z.object({ code: requiredText('Enter the certificate code') });

/**
 * Anyone can check a certificate: enter the code (or follow the link printed on the PDF, which
 * carries it) and see whose it is, for which module or course and when, or that there is no such code.
 */
export function VerifyCertificatePage() {
  const { code } = useParams();
  if (!code) return <VerifyForm title="Check a certificate" />;
  return <VerifyResult key={code} code={code} />;
}

function VerifyResult({ code }: { code: string }) {
  const { data, loading, error } = useQuery(verifyCertificateQuery, { variables: { code } });
  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Checking certificate">
        <p className="govuk-body">Checking the certificate…</p>
      </Page>
    );
  }
  const found = data?.verifyCertificate;
  if (!found) {
    return (
      <VerifyForm title="We could not find a certificate with that code" initialCode={code}>
        <p className="govuk-body">
          No certificate has the code <strong>{code}</strong>. Check the code and try again. Codes have 10 letters and
          numbers.
        </p>
      </VerifyForm>
    );
  }
  return (
    <Page title="This certificate is genuine" heading={false}>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" tabIndex={-1}>
          This certificate is genuine
        </h1>
        <div className="govuk-panel__body">
          Certificate ID
          <br />
          <strong>{found.code}</strong>
        </div>
      </div>
      {found.kind === 'COURSE' ? (
        <>
          <p className="govuk-body-l">
            {found.personName} attended the whole of the course {found.title} on{' '}
            {formatDate(found.heldOn ?? found.issuedAt)}.
          </p>
          <p className="govuk-body">
            Common Ground issued this certificate when the trainer recorded attendance for the whole session and the
            evaluation was completed.
          </p>
        </>
      ) : (
        <>
          <p className="govuk-body-l">
            {found.personName} completed {found.title} on {formatDate(found.issuedAt)}.
          </p>
          <p className="govuk-body">
            Common Ground issued this certificate when every lesson of the module was completed.
          </p>
        </>
      )}
    </Page>
  );
}

function VerifyForm({
  title,
  initialCode = '',
  children,
}: {
  title: string;
  initialCode?: string;
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  const errors = useFormErrors(FIELDS);
  const [value, setValue] = useState(initialCode);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, { code: value });
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    errors.clear();
    void navigate(verifyHref(result.data.code.trim()));
  };

  return (
    <Page
      title={title}
      error={errors.hasErrors}
      beforeHeading={<FormErrorSummary errors={errors} fieldOrder={FIELDS} />}
    >
      {children}
      <p className="govuk-body">
        Every Common Ground certificate has a code. Enter it to check whose certificate it is, which module they
        completed or course they attended, and when.
      </p>
      <form noValidate method="get" onSubmit={onSubmit}>
        <TextInput
          id="code"
          label="Certificate code"
          labelClassName="govuk-label--s"
          hint="This is on the certificate, for example 7K3M9QXP2R"
          error={errors.fields.code}
          value={value}
          spellCheck={false}
          widthClassName="govuk-input--width-20"
          onChange={setValue}
        />
        <Button>Check certificate</Button>
      </form>
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { cpdTime } from '../../../lib/labels';
import { Button, ButtonGroup } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { certificateModuleQuery, certificatePageQuery } from '../operations';
import { verifyHref } from '../paths';
import '../learn.scss';

/** A code as printed or typed, compared without case, spaces or hyphens. */
export function canonicalCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/**
 * The owner's certificate as a print-friendly page (A4 landscape when printed, see learn.scss),
 * with the tagged PDF to download. Anyone else checks a code on the verification page.
 */
export function CertificatePage() {
  const { code = '' } = useParams();
  const { viewer } = useAuth();
  const { data, loading, error } = useQuery(certificatePageQuery, { variables: { code } });
  const certificate = data?.myLearning.certificates.find((item) => canonicalCode(item.code) === canonicalCode(code));
  const module = useQuery(certificateModuleQuery, {
    variables: { id: certificate?.moduleId ?? '' },
    skip: !certificate?.moduleId,
  });

  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Loading certificate">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  if (!certificate) {
    return (
      <Page title="Certificate not found">
        <p className="govuk-body">You do not have a certificate with the code {code}.</p>
        <p className="govuk-body">
          To check someone else’s certificate, use{' '}
          <Link className="govuk-link" to={verifyHref(code)}>
            check a certificate
          </Link>
          . Your own certificates are listed in{' '}
          <Link className="govuk-link" to="/my-learning">
            my learning
          </Link>
          .
        </p>
      </Page>
    );
  }

  const name = data?.verifyCertificate?.personName ?? viewer?.name ?? '';
  const outcomes = module.data?.learningModule?.outcomes ?? [];
  const course = certificate.kind === 'COURSE';
  const date = (course ? data?.verifyCertificate?.heldOn : null) ?? certificate.issuedAt;

  return (
    <Page title={`Certificate: ${certificate.title}`} heading={false} width="full">
      <div className="app-certificate">
        <p className="app-certificate__service">Common Ground</p>
        <h1 className="app-certificate__title" tabIndex={-1}>
          {course ? 'Certificate of attendance' : 'Certificate of completion'}
        </h1>
        <p className="app-certificate__text">This is to certify that</p>
        <p className="app-certificate__name">{name}</p>
        <p className="app-certificate__text">
          {course ? 'attended the whole of the course' : 'completed the learning module'}
        </p>
        <p className="app-certificate__module">{certificate.title}</p>
        <p className="app-certificate__text">on {formatDate(date)}</p>
        {certificate.cpdMinutes > 0 ? (
          <p className="app-certificate__text">CPD: {cpdTime(certificate.cpdMinutes)}</p>
        ) : null}
        {outcomes.length > 0 ? (
          <div className="app-certificate__outcomes">
            <h2 className="govuk-heading-s">Learning outcomes</h2>
            <ul className="govuk-list govuk-list--bullet">
              {outcomes.map((outcome) => (
                <li key={outcome}>{outcome}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <dl className="app-certificate__facts">
          <div>
            <dt>Certificate ID</dt>
            <dd className="app-certificate__code">{certificate.code}</dd>
          </div>
          <div>
            <dt>Check it is genuine at</dt>
            <dd className="app-break-anywhere">{certificate.verificationUrl}</dd>
          </div>
        </dl>
      </div>
      <div className="app-certificate__actions">
        <ButtonGroup>
          <a className="govuk-button" href={certificate.pdfUrl} download>
            Download PDF
          </a>
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            Print this page
          </Button>
        </ButtonGroup>
        <p className="govuk-body">
          <Link className="govuk-link" to="/my-learning">
            Back to my learning
          </Link>
        </p>
      </div>
    </Page>
  );
}

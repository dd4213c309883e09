import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { myCourseAttendanceQuery } from '../attendance.operations';
import { evaluationHref } from '../attendance.paths';

/**
 * After the day, a delegate the register shows as attending is pointed to what comes next:
 * the evaluation form while it is still to do, then the certificate if whole attendance
 * earned one. Nothing shows until the register has them marked.
 */
export function AfterTheSession({ sessionId }: { sessionId: string }) {
  const { data } = useQuery(myCourseAttendanceQuery, { variables: { sessionId } });
  const record = data?.myCourseAttendance;
  if (!record || record.status === 'ABSENT') return null;
  if (record.canEvaluate) {
    return (
      <p className="govuk-body">
        The register shows you attended.{' '}
        <Link className="govuk-link" to={evaluationHref(sessionId)}>
          Complete the evaluation
        </Link>
        {record.status === 'WHOLE' ? ' to get your certificate.' : '.'}
      </p>
    );
  }
  if (record.evaluated && record.certificate) {
    return (
      <p className="govuk-body">
        <a className="govuk-link" href={record.certificate.pdfUrl} download>
          Download your certificate (PDF)
        </a>
      </p>
    );
  }
  return null;
}

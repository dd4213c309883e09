import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { BackLink, Button, ButtonGroup, ErrorSummary, WarningText } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { archiveLearningModuleMutation, lessonModuleQuery } from '../operations';
import { withNotice } from '../notice';

/** The confirmation step before archiving a module. */
export function ArchiveModulePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading } = useQuery(lessonModuleQuery, { variables: { id } });
  const [archive, archiveState] = useMutation(archiveLearningModuleMutation);
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);
  const module = data?.authoringModule;

  if (loading && !data) return <LoadingPage />;
  if (!module) return <NotFoundPage />;

  const onConfirm = async () => {
    try {
      await archive({ variables: { input: { moduleId: module.id } } });
      await navigate(`/authoring/modules/${module.id}`, {
        state: withNotice(`${module.title} has been archived`, 'Learners can no longer see it.'),
      });
    } catch (error) {
      setProblem((previous) => ({
        message: mapApiError(error).general[0] ?? 'Try again.',
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    }
  };

  return (
    <Page
      title={`Are you sure you want to archive ${module.title}?`}
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={`/authoring/modules/${module.id}`} />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
        </>
      }
    >
      <p className="govuk-body">
        Learners will no longer see the module or its lessons in the catalogue. You can publish it again later.
      </p>
      <WarningText>People’s progress and certificates are kept.</WarningText>
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          loading={archiveState.loading}
          loadingText="Archiving…"
          onClick={() => void onConfirm()}
        >
          Yes, archive module
        </Button>
        <Link className="govuk-link" to={`/authoring/modules/${module.id}`}>
          Cancel
        </Link>
      </ButtonGroup>
    </Page>
  );
}

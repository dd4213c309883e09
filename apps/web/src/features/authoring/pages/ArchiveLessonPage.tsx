import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { BackLink, Button, ButtonGroup, ErrorSummary, WarningText } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { archiveLessonMutation, authoringLessonQuery } from '../operations';
import { withNotice } from '../notice';

/** The confirmation step before archiving a lesson. */
export function ArchiveLessonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading } = useQuery(authoringLessonQuery, { variables: { id } });
  const [archive, archiveState] = useMutation(archiveLessonMutation);
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);
  const lesson = data?.authoringLesson;

  if (loading && !data) return <LoadingPage />;
  if (!lesson) return <NotFoundPage />;

  const onConfirm = async () => {
    try {
      await archive({ variables: { input: { lessonId: lesson.id } } });
      await navigate(`/authoring/modules/${lesson.moduleId}`, {
        state: withNotice(`${lesson.title} has been archived`, 'Learners can no longer see it.'),
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
      title={`Are you sure you want to archive ${lesson.title}?`}
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={`/authoring/lessons/${lesson.id}`} />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
        </>
      }
    >
      <p className="govuk-body">
        Learners will no longer see this lesson{lesson.publishAt ? ', and its scheduled publication is cancelled' : ''}.
        The draft is kept: saving it again makes it a draft you can publish later.
      </p>
      <WarningText>People’s progress in the lesson is kept.</WarningText>
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          loading={archiveState.loading}
          loadingText="Archiving…"
          onClick={() => void onConfirm()}
        >
          Yes, archive lesson
        </Button>
        <Link className="govuk-link" to={`/authoring/lessons/${lesson.id}`}>
          Cancel
        </Link>
      </ButtonGroup>
    </Page>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { ArchiveConfirmation } from '../components/ArchiveConfirmation';
import { archiveLessonMutation, authoringLessonQuery } from '../operations';

/** The confirmation step before archiving a lesson. */
export function ArchiveLessonPage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(authoringLessonQuery, { variables: { id } });
  const [archive, archiveState] = useMutation(archiveLessonMutation);
  const lesson = data?.authoringLesson;

  if (loading && !data) return <LoadingPage />;
  if (!lesson) return <NotFoundPage />;
  return (
    <ArchiveConfirmation
      name={lesson.title}
      noun="lesson"
      returnTo={`/authoring/modules/${lesson.moduleId}`}
      backTo={`/authoring/lessons/${lesson.id}`}
      explanation={`Learners will no longer see this lesson${lesson.publishAt ? ', and its scheduled publication is cancelled' : ''}. The draft is kept: saving it again makes it a draft you can publish later.`}
      kept="People’s progress in the lesson is kept."
      busy={archiveState.loading}
      onArchive={() => archive({ variables: { input: { lessonId: lesson.id } } })}
    />
  );
}

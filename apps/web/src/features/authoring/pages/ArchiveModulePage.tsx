import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { ArchiveConfirmation } from '../components/ArchiveConfirmation';
import { archiveLearningModuleMutation, lessonModuleQuery } from '../operations';

/** The confirmation step before archiving a module. */
export function ArchiveModulePage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(lessonModuleQuery, { variables: { id } });
  const [archive, archiveState] = useMutation(archiveLearningModuleMutation);
  const module = data?.authoringModule;

  if (loading && !data) return <LoadingPage />;
  if (!module) return <NotFoundPage />;
  return (
    <ArchiveConfirmation
      name={module.title}
      noun="module"
      returnTo={`/authoring/modules/${module.id}`}
      explanation="Learners will no longer see the module or its lessons in the catalogue. You can publish it again later."
      kept="People’s progress and certificates are kept."
      busy={archiveState.loading}
      onArchive={() => archive({ variables: { input: { moduleId: module.id } } })}
    />
  );
}

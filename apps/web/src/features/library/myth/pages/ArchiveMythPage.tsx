import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { ArchiveConfirmation } from '../../../authoring/components/ArchiveConfirmation';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { archiveContentItemMutation } from '../../operations';
import { mythQuery } from '../operations';
import { editMythHref } from '../paths';

/**
 * The confirmation step before an editor archives a myth-buster. It comes back to the editor,
 * where the myth-buster shows as archived and "Publish again" restores it.
 */
export function ArchiveMythPage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(mythQuery, { variables: { idOrSlug: id } });
  const [archive, archiveState] = useMutation(archiveContentItemMutation, {
    refetchQueries: [{ query: mythQuery, variables: { idOrSlug: id } }],
    awaitRefetchQueries: true,
  });
  const myth = data?.myth;

  if (loading && !data) return <LoadingPage />;
  if (!myth?.viewerCan.archive) return <NotFoundPage />;
  return (
    <ArchiveConfirmation
      name={`‘${myth.claim}’`}
      noun="myth-buster"
      returnTo={editMythHref(myth.id)}
      explanation={`Readers will no longer see this myth-buster${myth.publishAt ? ', and its scheduled publication is cancelled' : ''}, and search will not find it. Editors still can.`}
      kept="The myth-buster, its evidence and its history are kept. You can publish it again from its editor."
      busy={archiveState.loading}
      onArchive={() => archive({ variables: { input: { id: myth.id } } })}
    />
  );
}

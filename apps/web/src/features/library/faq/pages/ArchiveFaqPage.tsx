import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { ArchiveConfirmation } from '../../../authoring/components/ArchiveConfirmation';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { archiveContentItemMutation } from '../../operations';
import { faqQuery } from '../operations';
import { editFaqHref } from '../paths';

/**
 * The confirmation step before an editor archives an FAQ. It comes back to the editor, where
 * the FAQ shows as archived and "Publish again" restores it.
 */
export function ArchiveFaqPage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(faqQuery, { variables: { idOrSlug: id } });
  const [archive, archiveState] = useMutation(archiveContentItemMutation, {
    refetchQueries: [{ query: faqQuery, variables: { idOrSlug: id } }],
    awaitRefetchQueries: true,
  });
  const faq = data?.faq;

  if (loading && !data) return <LoadingPage />;
  if (!faq?.viewerCan.archive) return <NotFoundPage />;
  return (
    <ArchiveConfirmation
      name={`‘${faq.question}’`}
      noun="FAQ"
      returnTo={editFaqHref(faq.id)}
      explanation={`Readers will no longer see this FAQ${faq.publishAt ? ', and its scheduled publication is cancelled' : ''}. Editors still can.`}
      kept="The FAQ, its ‘Was this helpful?’ answers and its history are kept. You can publish it again from its editor."
      busy={archiveState.loading}
      onArchive={() => archive({ variables: { input: { id: faq.id } } })}
    />
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../../app/flash';
import { FormErrorSummary } from '../../../../app/FormErrorSummary';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { useFormErrors } from '../../../../lib/useFormErrors';
import { BackLink, Button, ButtonGroup, WarningText } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { deleteGlossaryTermMutation, glossaryTermQuery } from '../operations';
import { GLOSSARY_PATH, glossaryTermHref } from '../paths';

/** Asks before deleting a glossary term for good (editors and admins). */
export function DeleteGlossaryTermPage() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading } = useQuery(glossaryTermQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  const [remove, removeState] = useMutation(deleteGlossaryTermMutation, {
    update: (cache) => cache.evict({ fieldName: 'glossaryTerms' }),
  });
  const errors = useFormErrors([]);
  if (loading && !data) return <LoadingPage />;
  const term = data?.glossaryTerm;
  if (!term) return <NotFoundPage />;
  const onDelete = async () => {
    try {
      await remove({ variables: { input: { id: term.id } } });
      await navigate(GLOSSARY_PATH, { state: withFlash(`${term.term} has been deleted from the glossary`) });
    } catch (error) {
      errors.showApiError(error);
    }
  };
  return (
    <Page
      title={`Delete ${term.term}`}
      heading={`Are you sure you want to delete ${term.term}?`}
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={glossaryTermHref(term.slug)} />
          <FormErrorSummary errors={errors} fieldOrder={[]} />
        </>
      }
    >
      <WarningText>
        The term and its {term.translations.length} translations will be deleted, and it will no longer be linked in
        lessons and posts. You cannot undo this.
      </WarningText>
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          loading={removeState.loading}
          loadingText="Deleting…"
          onClick={() => void onDelete()}
        >
          Delete term
        </Button>
      </ButtonGroup>
    </Page>
  );
}

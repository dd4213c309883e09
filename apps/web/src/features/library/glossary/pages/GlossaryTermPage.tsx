import { useMutation, useQuery } from '@apollo/client/react';
import { GLOSSARY_CATEGORY_LABELS } from '@common-ground/shared';
import { Link, useParams } from 'react-router';
import { Page } from '../../../../app/Page';
import { useState } from 'react';
import { mapApiError, SERVICE_PROBLEM } from '../../../../lib/errors';
import { BackLink, Button, ButtonGroup, ButtonLink, ErrorSummary, Tag } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { TranslationTable } from '../components/TranslationTable';
import { archiveGlossaryTermMutation, glossaryTermQuery, publishGlossaryTermMutation } from '../operations';
import { STATUS_LABELS } from './statusLabels';
import { GLOSSARY_CARD_PATH, GLOSSARY_PATH, glossaryDeleteHref, glossaryEditHref } from '../paths';
import '../glossary.scss';

/** One glossary term: its plain-English definition and its translations, with edit links for editors. */
export function GlossaryTermPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(glossaryTermQuery, { variables: { slug } });
  const [publish, publishState] = useMutation(publishGlossaryTermMutation);
  const [archive, archiveState] = useMutation(archiveGlossaryTermMutation);
  const [stepError, setStepError] = useState<string | null>(null);
  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) return <Page title="Loading term">{null}</Page>;
  const term = data?.glossaryTerm;
  if (!term) return <NotFoundPage />;
  /** Runs a workflow step (publish, archive) and shows the term as it now is. */
  const step = async (run: () => Promise<unknown>) => {
    try {
      setStepError(null);
      await run();
      await refetch();
    } catch (caught) {
      setStepError(mapApiError(caught).general[0] ?? SERVICE_PROBLEM);
    }
  };
  return (
    <Page
      title={`${term.term} – Glossary`}
      heading={term.term}
      caption={`Glossary: ${GLOSSARY_CATEGORY_LABELS[term.category]}`}
      beforeHeading={<BackLink to={GLOSSARY_PATH} text="Back to the glossary" />}
    >
      {stepError ? <ErrorSummary errors={[{ text: stepError }]} /> : null}
      {term.status !== 'PUBLISHED' || term.audience === 'STAFF' ? (
        <p className="govuk-body">
          {term.status !== 'PUBLISHED' ? <Tag colour="grey">{STATUS_LABELS[term.status]}</Tag> : null}{' '}
          {term.audience === 'STAFF' ? <Tag colour="blue">Staff only</Tag> : null}
        </p>
      ) : null}
      <p className="govuk-body-l">{term.definition}</p>
      <TranslationTable term={term} />
      <p className="govuk-body">
        <Link className="govuk-link" to={`${GLOSSARY_CARD_PATH}?terms=${encodeURIComponent(term.slug)}`}>
          Put this term on a language card
        </Link>
      </p>
      {term.viewerCan.publish || term.viewerCan.archive ? (
        <ButtonGroup>
          {term.viewerCan.publish ? (
            <Button
              type="button"
              loading={publishState.loading}
              loadingText="Publishing…"
              onClick={() => void step(() => publish({ variables: { input: { id: term.id } } }))}
            >
              Publish this term
            </Button>
          ) : null}
          {term.viewerCan.archive ? (
            <Button
              type="button"
              variant="secondary"
              loading={archiveState.loading}
              loadingText="Archiving…"
              onClick={() => void step(() => archive({ variables: { input: { id: term.id } } }))}
            >
              Archive this term
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
      {term.viewerCan.edit ? (
        <ButtonGroup>
          <ButtonLink to={glossaryEditHref(term.slug)} variant="secondary">
            Change this term
          </ButtonLink>
          <ButtonLink to={glossaryDeleteHref(term.slug)} variant="warning">
            Delete this term
          </ButtonLink>
        </ButtonGroup>
      ) : null}
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { GLOSSARY_CATEGORY_LABELS } from '@common-ground/shared';
import { Link, useParams } from 'react-router';
import { Page } from '../../../../app/Page';
import { BackLink, ButtonGroup, ButtonLink, Tag } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { TranslationTable } from '../components/TranslationTable';
import { glossaryTermQuery } from '../operations';
import { GLOSSARY_CARD_PATH, GLOSSARY_PATH, glossaryDeleteHref, glossaryEditHref } from '../paths';
import '../glossary.scss';

/** One glossary term: its plain-English definition and its translations, with edit links for editors. */
export function GlossaryTermPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(glossaryTermQuery, { variables: { slug } });
  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) return <Page title="Loading term">{null}</Page>;
  const term = data?.glossaryTerm;
  if (!term) return <NotFoundPage />;
  return (
    <Page
      title={`${term.term} – Glossary`}
      heading={term.term}
      caption={`Glossary: ${GLOSSARY_CATEGORY_LABELS[term.category]}`}
      beforeHeading={<BackLink to={GLOSSARY_PATH} text="Back to the glossary" />}
    >
      {term.status === 'DRAFT' || term.audience === 'STAFF' ? (
        <p className="govuk-body">
          {term.status === 'DRAFT' ? <Tag colour="grey">Draft: only editors can see it</Tag> : null}{' '}
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

import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { formatDate } from '../../../../lib/dates';
import { apiErrorCode } from '../../../../lib/errors';
import { BackLink, InsetText } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { ArticleBody } from '../../../learn/components/ArticleBody';
import { ContentStatusTag } from '../../components/ContentStatusTag';
import { HelpfulVote } from '../components/HelpfulVote';
import { faqQuery } from '../operations';
import { editFaqHref, faqCategoryHref, FAQS_PATH } from '../paths';
import '../faq.scss';

/** /library/faqs/:slug: one question and its answer, with "Was this helpful?". */
export function FaqPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(faqQuery, { variables: { idOrSlug: slug } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const faq = data?.faq;
  if (!faq) return <NotFoundPage />;
  return (
    <Page title={faq.question} caption="Frequently asked questions" beforeHeading={<BackLink to={FAQS_PATH} />}>
      {faq.status !== 'PUBLISHED' ? (
        <InsetText>
          <p className="govuk-body">
            <ContentStatusTag status={faq.status} /> Only editors can see this question until it is published.
          </p>
        </InsetText>
      ) : null}
      <p className="govuk-body-s">
        Filed under{' '}
        <Link className="govuk-link" to={faqCategoryHref(faq.category.id)}>
          {faq.category.name}
        </Link>
        {faq.publishedAt ? (
          <>
            {' · '}Published <time dateTime={faq.publishedAt}>{formatDate(faq.publishedAt)}</time>
          </>
        ) : null}
      </p>
      {faq.viewerCan.edit ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={editFaqHref(faq.id)}>
            Edit this FAQ
          </Link>
        </p>
      ) : null}
      <ArticleBody html={faq.answerHtml} />
      {faq.status === 'PUBLISHED' ? (
        <HelpfulVote faqId={faq.id} vote={faq.viewerVote} counts={faq.helpfulCounts} />
      ) : null}
    </Page>
  );
}

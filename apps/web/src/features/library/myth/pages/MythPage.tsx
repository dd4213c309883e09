import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { formatDate, formatDateTime } from '../../../../lib/dates';
import { apiErrorCode, mapApiError, SERVICE_PROBLEM } from '../../../../lib/errors';
import { BackLink, Button, InsetText, NotificationBanner, Tag, WarningText } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { ArticleBody } from '../../../learn/components/ArticleBody';
import { ContentStatusTag } from '../../components/ContentStatusTag';
import { faqHref } from '../../faq/paths';
import { glossaryTermHref } from '../../glossary/paths';
import { VerdictTag } from '../components/VerdictTag';
import { mythQuery, recordMythReviewMutation } from '../operations';
import { editMythHref, MYTHS_PATH } from '../paths';
import '../myth.scss';

/**
 * /library/myths/:slug: the myth as people say it, the verdict, the facts, the evidence with
 * its sources, who last checked it and when, and related glossary terms and FAQs; schema.org
 * ClaimReview data for search engines once published. Editors also see whether it is due for
 * review (and record a review), where a reported rumour was heard, and a link to edit.
 */
export function MythPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(mythQuery, { variables: { idOrSlug: slug } });
  const [recordReview, reviewing] = useMutation(recordMythReviewMutation);
  const [reviewMessage, setReviewMessage] = useState<string | null>(null);
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const myth = data?.myth;
  if (!myth) return <NotFoundPage />;
  const onReview = async () => {
    try {
      await recordReview({ variables: { input: { id: myth.id } } });
      setReviewMessage('Review recorded');
    } catch (caught) {
      setReviewMessage(mapApiError(caught).general[0] ?? SERVICE_PROBLEM);
    }
  };
  return (
    <Page
      title={myth.claim}
      caption="Myth-buster"
      beforeHeading={
        <>
          <BackLink to={MYTHS_PATH} />
          {reviewMessage ? <NotificationBanner type="success" heading={reviewMessage} /> : null}
        </>
      }
    >
      {myth.claimReviewJsonLd ? (
        // Safe: the API writes every <, > and & in this JSON as a unicode escape.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: myth.claimReviewJsonLd }} />
      ) : null}
      {myth.status !== 'PUBLISHED' ? (
        <InsetText>
          <p className="govuk-body">
            <ContentStatusTag status={myth.status} /> Only editors can see this until it is published.
          </p>
        </InsetText>
      ) : null}
      {myth.reviewDue ? (
        <WarningText>
          Due for review: the facts were last checked too long ago. Check them and record a review.
        </WarningText>
      ) : null}
      {myth.heardIn ? (
        <InsetText>
          <p className="govuk-body">
            <Tag colour="purple">Reported rumour</Tag> Reported by{' '}
            {myth.heardIn.reportedBy?.name ?? 'a former member of staff'} on {formatDateTime(myth.heardIn.reportedAt)}.{' '}
            {myth.heardIn.href ? (
              <Link className="govuk-link" to={myth.heardIn.href}>
                See the post where it was heard
              </Link>
            ) : (
              'The post where it was heard is no longer available to you.'
            )}
          </p>
        </InsetText>
      ) : null}
      <p className="app-myth-verdict">
        <VerdictTag verdict={myth.verdict} />
      </p>
      {myth.summary ? <p className="govuk-body-l">{myth.summary}</p> : null}
      <h2 className="govuk-heading-m">The facts</h2>
      <ArticleBody html={myth.factsHtml} />
      {myth.evidence.length ? (
        <>
          <h2 className="govuk-heading-m">Evidence</h2>
          <ol className="govuk-list govuk-list--number app-myth-evidence">
            {myth.evidence.map((source) => (
              <li key={`${source.url}-${source.title}`} className="app-myth-evidence__item">
                <a className="govuk-link" href={source.url} rel="noopener noreferrer">
                  {source.title}
                </a>
                <br />
                <span className="govuk-body-s">
                  {source.publisher}
                  {source.publishedOn ? `, ${formatDate(`${source.publishedOn}T12:00:00Z`)}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="govuk-body-s">
        {myth.reviewedAt ? (
          <>
            Last checked <time dateTime={myth.reviewedAt}>{formatDate(myth.reviewedAt)}</time>
            {myth.reviewer ? ` by ${myth.reviewer.name}, ${myth.reviewer.organisation.name}` : ''}.
          </>
        ) : (
          'Not checked by a reviewer yet.'
        )}
      </p>
      {myth.relatedTerms.length || myth.relatedFaqs.length ? (
        <>
          <h2 className="govuk-heading-m">Related</h2>
          <ul className="govuk-list">
            {myth.relatedTerms.map((term) => (
              <li key={term.id}>
                Glossary:{' '}
                <Link className="govuk-link" to={glossaryTermHref(term.slug)}>
                  {term.term}
                </Link>
              </li>
            ))}
            {myth.relatedFaqs.map((faq) => (
              <li key={faq.id}>
                FAQ:{' '}
                <Link className="govuk-link" to={faqHref(faq.slug)}>
                  {faq.question}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {myth.viewerCan.edit ? (
        <>
          <h2 className="govuk-heading-m">For editors</h2>
          <div className="govuk-button-group">
            <Link className="govuk-link" to={editMythHref(myth.id)}>
              Edit this myth-buster
            </Link>
            {myth.status === 'PUBLISHED' ? (
              <Button type="button" variant="secondary" loading={reviewing.loading} onClick={() => void onReview()}>
                I have checked the facts today
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../../../app/AuthContext';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import type { FaqCardFragment } from '../../../../gql/graphql';
import { Button, ButtonLink, Details, Select } from '../../../../ui';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { ArticleBody } from '../../../learn/components/ArticleBody';
import { HelpfulVote } from '../components/HelpfulVote';
import { faqCategoriesQuery, faqsQuery } from '../operations';
import { FAQ_MANAGE_PATH, faqHref, NEW_FAQ_PATH } from '../paths';
import '../faq.scss';

/** Groups FAQs under their category, keeping the order the API lists them in (by category, then question). */
function byCategory(faqs: FaqCardFragment[]): { id: string; name: string; faqs: FaqCardFragment[] }[] {
  const groups: { id: string; name: string; faqs: FaqCardFragment[] }[] = [];
  for (const faq of faqs) {
    const last = groups.at(-1);
    if (last?.id === faq.category.id) last.faqs.push(faq);
    else groups.push({ id: faq.category.id, name: faq.category.name, faqs: [faq] });
  }
  return groups;
}

/**
 * /library/faqs: the questions the reader may see, grouped by category, each a GOV.UK
 * details that opens its answer with "Was this helpful?"; a category filter; for editors,
 * links to add and manage FAQs.
 */
export function FaqListPage() {
  const { viewer } = useAuth();
  const editor = viewer?.roles.some((role) => role === 'EDITOR' || role === 'ADMIN') ?? false;
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? '';
  const [chosen, setChosen] = useState(category);
  const categories = useQuery(faqCategoriesQuery);
  const { data, loading, error, fetchMore } = useQuery(faqsQuery, {
    variables: { first: 100, filter: category ? { categoryId: category } : null },
  });
  if ((loading && !data) || (categories.loading && !categories.data)) return <LoadingPage />;
  if (error && !data) return <SomethingWentWrong />;
  const faqs = data?.faqs.edges.map((edge) => edge.node) ?? [];
  const groups = byCategory(faqs);
  const descriptions = new Map((categories.data?.faqCategories ?? []).map((c) => [c.id, c.description]));

  return (
    <Page title="Frequently asked questions" caption="Library">
      <p className="govuk-body-l">Straight answers to the questions people ask front-line staff most often.</p>
      {editor ? (
        <div className="govuk-button-group">
          <ButtonLink to={NEW_FAQ_PATH}>Add an FAQ</ButtonLink>
          <Link className="govuk-link" to={FAQ_MANAGE_PATH}>
            Manage FAQs and categories
          </Link>
        </div>
      ) : null}
      <form
        className="app-faq-filter"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(chosen ? { category: chosen } : {});
        }}
      >
        <Select
          id="category"
          label="Category"
          labelClassName="govuk-label--s"
          options={[
            { value: '', text: 'All categories' },
            ...(categories.data?.faqCategories ?? []).map((c) => ({ value: c.id, text: c.name })),
          ]}
          value={chosen}
          onChange={setChosen}
        />
        <Button type="submit" variant="secondary">
          Show questions
        </Button>
      </form>
      {faqs.length === 0 ? (
        <p className="govuk-body">
          There are no questions here yet. {category ? 'Try all categories.' : 'Check back soon.'}
        </p>
      ) : (
        groups.map((group) => (
          <section key={group.id} aria-labelledby={`faq-category-${group.id}`}>
            <h2 className="govuk-heading-m" id={`faq-category-${group.id}`}>
              {group.name}
            </h2>
            {descriptions.get(group.id) ? <p className="govuk-body">{descriptions.get(group.id)}</p> : null}
            {group.faqs.map((faq) => (
              <Details key={faq.id} summary={faq.question}>
                <ArticleBody html={faq.answerHtml} />
                <p className="govuk-body-s">
                  <Link className="govuk-link" to={faqHref(faq.slug)}>
                    Open this question on its own page
                  </Link>
                </p>
                <HelpfulVote faqId={faq.id} vote={faq.viewerVote} counts={faq.helpfulCounts} />
              </Details>
            ))}
          </section>
        ))
      )}
      {data?.faqs.pageInfo.hasNextPage ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => void fetchMore({ variables: { after: data.faqs.pageInfo.endCursor } })}
        >
          Show more questions
        </Button>
      ) : null}
    </Page>
  );
}

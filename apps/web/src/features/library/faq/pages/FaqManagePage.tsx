import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import type { ContentStatus } from '../../../../gql/graphql';
import { mapApiError } from '../../../../lib/errors';
import { BackLink, Button, ErrorSummary, NotificationBanner, Select, Table, TextInput } from '../../../../ui';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { ContentStatusTag } from '../../components/ContentStatusTag';
import { CONTENT_STATUS_LABELS } from '../../labels';
import { createFaqCategoryMutation, deleteFaqCategoryMutation, faqCategoriesQuery, faqsQuery } from '../operations';
import { editFaqHref, FAQS_PATH } from '../paths';
import '../../library.scss';

const STATUSES: ContentStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

/**
 * /library/faqs/manage (editors): FAQs by workflow status with readers' "Was this helpful?"
 * answers, and the categories (add one; delete one that holds no FAQs).
 */
export function FaqManagePage() {
  const [status, setStatus] = useState<ContentStatus>('DRAFT');
  const faqs = useQuery(faqsQuery, { variables: { first: 100, filter: { status } } });
  const categories = useQuery(faqCategoriesQuery);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const refetchQueries = [{ query: faqCategoriesQuery }];
  const [addCategory, adding] = useMutation(createFaqCategoryMutation, { refetchQueries });
  const [deleteCategory] = useMutation(deleteFaqCategoryMutation, { refetchQueries });
  if ((faqs.loading && !faqs.data) || (categories.loading && !categories.data)) return <LoadingPage />;
  if (faqs.error && !faqs.data) return <SomethingWentWrong />;
  const rows = faqs.data?.faqs.edges.map((edge) => edge.node) ?? [];

  const attempt = async (work: () => Promise<unknown>, message: string) => {
    try {
      await work();
      setProblem(null);
      setDone(message);
    } catch (error) {
      const mapped = mapApiError(error, ['name']);
      setDone(null);
      setProblem(mapped.fields.name ?? mapped.general[0] ?? 'That did not work. Try again.');
    }
  };

  return (
    <Page
      title="Manage FAQs"
      caption="Frequently asked questions"
      width="full"
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={FAQS_PATH} />
          {problem ? <ErrorSummary errors={[{ text: problem, href: '#category-name' }]} /> : null}
          {done ? <NotificationBanner type="success" heading={done} /> : null}
        </>
      }
    >
      <Select
        id="status"
        label="Show FAQs that are"
        labelClassName="govuk-label--s"
        options={STATUSES.map((value) => ({ value, text: CONTENT_STATUS_LABELS[value] }))}
        value={status}
        onChange={(value) => setStatus(STATUSES.find((s) => s === value) ?? 'DRAFT')}
      />
      {rows.length === 0 ? (
        <p className="govuk-body">There are no FAQs with this status.</p>
      ) : (
        <Table
          caption={`${CONTENT_STATUS_LABELS[status]} FAQs`}
          captionClassName="govuk-table__caption--m"
          rowKey={(row) => row.id}
          rows={rows}
          columns={[
            {
              header: 'Question',
              rowHeader: true,
              cell: (row) => (
                <Link className="govuk-link" to={editFaqHref(row.id)}>
                  {row.question}
                </Link>
              ),
            },
            { header: 'Category', cell: (row) => row.category.name },
            { header: 'Status', cell: (row) => <ContentStatusTag status={row.status} /> },
            { header: 'Helpful', numeric: true, cell: (row) => row.helpfulCounts?.yes ?? 0 },
            { header: 'Not helpful', numeric: true, cell: (row) => row.helpfulCounts?.no ?? 0 },
          ]}
        />
      )}
      <h2 className="govuk-heading-m">Categories</h2>
      <ul className="govuk-list">
        {(categories.data?.faqCategories ?? []).map((category) =>
          confirming === category.id ? (
            <li key={category.id}>
              <p className="govuk-body govuk-!-margin-bottom-2">Delete the category ‘{category.name}’?</p>
              <div className="govuk-button-group">
                <Button
                  type="button"
                  variant="warning"
                  onClick={() => {
                    setConfirming(null);
                    void attempt(
                      () => deleteCategory({ variables: { input: { id: category.id } } }),
                      `Category ‘${category.name}’ deleted`,
                    );
                  }}
                >
                  Yes, delete it
                </Button>
                <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
                  No, keep it
                </Button>
              </div>
            </li>
          ) : (
            <li key={category.id}>
              {category.name}{' '}
              <button type="button" className="govuk-link app-link-button" onClick={() => setConfirming(category.id)}>
                Delete<span className="govuk-visually-hidden"> the category {category.name}</span>
              </button>
            </li>
          ),
        )}
      </ul>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) {
            setProblem('Enter a name for the category');
            return;
          }
          void attempt(async () => {
            await addCategory({ variables: { input: { name: name.trim() } } });
            setName('');
          }, 'Category added');
        }}
      >
        <TextInput
          id="category-name"
          label="Add a category"
          labelClassName="govuk-label--s"
          hint="A category can only be deleted when no FAQ is filed under it."
          widthClassName="govuk-!-width-two-thirds"
          error={problem ?? undefined}
          value={name}
          onChange={setName}
        />
        <Button type="submit" variant="secondary" loading={adding.loading}>
          Add category
        </Button>
      </form>
    </Page>
  );
}

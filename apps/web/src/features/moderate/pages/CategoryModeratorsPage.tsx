import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, ErrorSummary, NotificationBanner, Select, Table } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { ModerationNav } from '../components/ModerationNav';
import { assignCategoryModeratorMutation, categoryModeratorsQuery, moderatedCategoriesQuery } from '../operations';
import { CATEGORY_MODERATORS_HREF, categoryModeratorsHref } from '../paths';
import '../../discuss/discuss.scss';
import '../moderate.scss';

/** Admins: every forum category, each with the way to choose its moderators. */
export function CategoryModeratorsPage() {
  const { data, loading, error } = useQuery(moderatedCategoriesQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <SomethingWentWrong />;
  const categories = data?.forumCategories ?? [];
  return (
    <Page title="Category moderators" caption="Moderation" width="full">
      <ModerationNav />
      <p className="govuk-body">
        A moderator given categories looks after only those. A moderator with none looks after the whole forum, lessons’
        discussions included.
      </p>
      {loading && !data ? (
        <p className="govuk-body">Loading…</p>
      ) : categories.length === 0 ? (
        <p className="govuk-body">There are no forum categories yet.</p>
      ) : (
        <Table
          caption="Forum categories"
          captionClassName="govuk-table__caption--s"
          rows={categories}
          rowKey={(c) => c.id}
          columns={[
            { header: 'Category', rowHeader: true, cell: (c) => c.title },
            {
              header: 'Moderators',
              cell: (c) => (
                <Link className="govuk-link" to={categoryModeratorsHref(c.id)}>
                  Choose moderators<span className="govuk-visually-hidden"> for {c.title}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}

/** Admins: the moderators in charge of one category, adding and removing them. */
export function CategoryModeratorsEditPage() {
  const { id = '' } = useParams();
  const { data, loading, refetch } = useQuery(categoryModeratorsQuery, {
    variables: { categoryId: id },
    fetchPolicy: 'cache-and-network',
  });
  const [assign, assigning] = useMutation(assignCategoryModeratorMutation);
  const [personId, setPersonId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const errors = useFormErrors(['personId']);
  if (loading && !data) return <LoadingPage />;
  const category = data?.forumCategory;
  if (!category) return <NotFoundPage />;
  const current = data.categoryModerators;
  const candidates = data.people.edges.map((e) => e.node).filter((p) => !current.some((m) => m.id === p.id));

  const change = async (who: { id: string; name: string }, assigned: boolean) => {
    try {
      await assign({ variables: { input: { categoryId: category.id, personId: who.id, assigned } } });
      errors.clear();
      setPersonId('');
      setMessage(
        assigned
          ? `${who.name} now moderates ${category.title}.`
          : `${who.name} no longer moderates ${category.title}.`,
      );
      await refetch();
    } catch (problem) {
      errors.showApiError(problem);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const person = candidates.find((p) => p.id === personId);
    if (!person) {
      errors.showFieldErrors({ personId: 'Choose a moderator' });
      return;
    }
    await change(person, true);
  };

  const summary = [
    ...(errors.fields.personId ? [{ text: errors.fields.personId, href: '#personId' }] : []),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <Page
      title={`Moderators of ${category.title}`}
      caption="Moderation"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={CATEGORY_MODERATORS_HREF} text="All categories" />
          {summary.length ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
        </>
      }
    >
      {message ? <NotificationBanner key={message} type="success" heading={message} /> : null}
      {current.length === 0 ? (
        <p className="govuk-body">
          No moderator has been given this category. Moderators of the whole forum look after it.
        </p>
      ) : (
        <ul className="govuk-list">
          {current.map((m) => (
            <li key={m.id}>
              {m.name}, {m.jobTitle}{' '}
              <button type="button" className="govuk-link app-link-button" onClick={() => void change(m, false)}>
                Remove<span className="govuk-visually-hidden"> {m.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Add a moderator</h2>
      {candidates.length === 0 ? (
        <p className="govuk-body">
          Everyone with the moderator role already looks after this category. Give someone the moderator role from{' '}
          <Link className="govuk-link" to="/admin/people">
            People
          </Link>{' '}
          first.
        </p>
      ) : (
        <form noValidate onSubmit={(event) => void add(event)}>
          <Select
            id="personId"
            label="Moderator"
            hint="Only people with the moderator role are listed."
            error={errors.fields.personId}
            value={personId}
            onChange={setPersonId}
            options={[
              { value: '', text: 'Choose a moderator' },
              ...candidates.map((p) => ({ value: p.id, text: `${p.name}, ${p.jobTitle}` })),
            ]}
          />
          <Button type="submit" loading={assigning.loading}>
            Add moderator
          </Button>
        </form>
      )}
    </Page>
  );
}

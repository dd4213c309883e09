import { useMutation, useQuery } from '@apollo/client/react';
import { checkThreadTags, splitTagList, THREAD_TAG_PROBLEMS } from '@common-ground/shared';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { apiErrorCode, mapApiError, type FieldErrors } from '../../../lib/errors';
import type { BlogPostQuery, ContentAudience } from '../../../gql/graphql';
import {
  BackLink,
  Button,
  ButtonGroup,
  Checkboxes,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Textarea,
  TextInput,
  type ErrorSummaryItem,
} from '../../../ui';
import {
  DateTimeInput,
  dateTimeFieldId,
  EMPTY_DATE_TIME,
  readDateTime,
} from '../../authoring/components/DateTimeInput';
import { FileUpload } from '../../authoring/components/FileUpload';
import { UnsavedChangesWarning } from '../../authoring/components/UnsavedChangesWarning';
import { useUnsavedChangesWarning } from '../../authoring/hooks/useUnsavedChangesWarning';
import { readNotice, withNotice } from '../../authoring/notice';
import { RichTextEditor } from '../../learn/editor/RichTextEditor';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { ContentStatusTag } from '../components/ContentStatusTag';
import { GlossaryLinkingToggle } from '../glossary/components/GlossaryLinkingToggle';
import { ItemRevisions } from '../components/RevisionList';
import { AUDIENCE_LABELS } from '../labels';
import {
  blogPostQuery,
  blogPostRevisionsQuery,
  createBlogPostMutation,
  publishContentItemMutation,
  returnContentItemMutation,
  submitContentItemMutation,
  updateBlogPostMutation,
} from '../operations';
import { archiveBlogPostHref, BLOG_PATH, blogPostHref, editBlogPostHref } from '../paths';
import '../../authoring/authoring.scss';
import '../library.scss';

type Post = NonNullable<BlogPostQuery['blogPost']>;

const FIELDS = ['title', 'summary', 'body', 'tags', 'audience', 'coverMediaId', 'coverAlt', 'publishAt'] as const;

interface Draft {
  title: string;
  summary: string;
  body: string;
  tags: string;
  audience: ContentAudience;
  cover: { mediaId: string; url: string } | null;
  coverAlt: string;
  featured: boolean;
}

const EMPTY: Draft = {
  title: '',
  summary: '',
  body: '',
  tags: '',
  audience: 'STAFF',
  cover: null,
  coverAlt: '',
  featured: false,
};

const draftOf = (post: Post): Draft => ({
  title: post.title,
  summary: post.summary,
  body: post.bodyHtml,
  tags: post.tags.join(', '),
  audience: post.audience,
  cover: post.cover ? { mediaId: post.cover.mediaId, url: post.cover.url } : null,
  coverAlt: post.cover?.alt ?? '',
  featured: post.featured,
});

/** /library/blog/new: a new post. */
export function NewBlogPostPage() {
  return <BlogEditor post={null} />;
}

/** /library/blog/:id/edit: an existing post, for its author and editors. */
export function EditBlogPostPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(blogPostQuery, { variables: { idOrSlug: id } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const post = data?.blogPost;
  if (!post) return <NotFoundPage />;
  // Keyed on the post so the form starts from what is saved, once.
  return <BlogEditor key={post.id} post={post} />;
}

interface Problem {
  items: ErrorSummaryItem[];
  fields: FieldErrors;
  attempt: number;
}

/**
 * Writing a blog post: title, summary, the text in the shared rich-text editor, tags and who
 * may read it; editors also add a cover (with its description) and feature it. Then: save a
 * draft, send it for review, and for editors publish now, schedule, return it to the author or
 * archive it (after confirming). Errors show in a summary at the top and beside each field.
 */
function BlogEditor({ post }: { post: Post | null }) {
  const { viewer } = useAuth();
  const editor = viewer?.roles.some((role) => role === 'EDITOR' || role === 'ADMIN') ?? false;
  const navigate = useNavigate();
  const location = useLocation();
  const [draft, setDraft] = useState<Draft>(() => (post ? draftOf(post) : EMPTY));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(post ? draftOf(post) : EMPTY));
  const dirty = JSON.stringify(draft) !== savedJson;
  const blocker = useUnsavedChangesWarning(dirty);
  // Set when a new post is saved and the page moves on to it: that move is not leaving unsaved work.
  const [movingOn, setMovingOn] = useState(false);
  useEffect(() => {
    if (blocker.state === 'blocked' && movingOn) blocker.proceed();
  }, [blocker, movingOn]);
  const [bodyVersion, setBodyVersion] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<{ heading: string; body?: string; attempt: number } | null>(() => {
    const notice = readNotice(location.state);
    return notice ? { ...notice, attempt: 0 } : null;
  });
  const [schedule, setSchedule] = useState(EMPTY_DATE_TIME);

  const refetch = post
    ? [
        { query: blogPostQuery, variables: { idOrSlug: post.id } },
        { query: blogPostRevisionsQuery, variables: { idOrSlug: post.id, first: 20 } },
      ]
    : [];
  const [create, createState] = useMutation(createBlogPostMutation);
  const [update, updateState] = useMutation(updateBlogPostMutation, { refetchQueries: refetch });
  const [submit, submitState] = useMutation(submitContentItemMutation, { refetchQueries: refetch });
  const [publish, publishState] = useMutation(publishContentItemMutation, { refetchQueries: refetch });
  const [giveBack, returnState] = useMutation(returnContentItemMutation, { refetchQueries: refetch });
  const busy =
    createState.loading || updateState.loading || submitState.loading || publishState.loading || returnState.loading;

  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((previous) => ({ ...previous, [field]: value }));

  const fail = (items: ErrorSummaryItem[], fields: FieldErrors = {}) => {
    setDone(null);
    setProblem((previous) => ({ items, fields, attempt: (previous?.attempt ?? 0) + 1 }));
  };

  const failWith = (error: unknown) => {
    const mapped = mapApiError(error, FIELDS);
    fail(
      [
        ...FIELDS.flatMap((field) => {
          const message = mapped.fields[field];
          return message ? [{ text: message, href: `#${field === 'publishAt' ? dateTimeFieldId(field) : field}` }] : [];
        }),
        ...mapped.general.map((text) => ({ text })),
      ],
      mapped.fields,
    );
  };

  const succeed = (heading: string, body?: string) => {
    setProblem(null);
    setDone((previous) => ({ heading, body, attempt: (previous?.attempt ?? 0) + 1 }));
  };

  /** Checks the form as the server will, then saves it. The saved post's id, or null when refused. */
  const save = async (): Promise<string | null> => {
    const fields: FieldErrors = {};
    if (!draft.title.trim()) fields.title = 'Enter a title';
    else if (draft.title.trim().length > 200) fields.title = 'The title must be 200 characters or fewer';
    if (draft.summary.trim().length > 500) fields.summary = 'The summary must be 500 characters or fewer';
    const tags = checkThreadTags(splitTagList(draft.tags));
    if ('problem' in tags) fields.tags = THREAD_TAG_PROBLEMS[tags.problem];
    if (draft.cover && !draft.coverAlt.trim())
      fields.coverAlt = 'Describe the cover picture for people who cannot see it';
    const items = FIELDS.flatMap((field) => (fields[field] ? [{ text: fields[field], href: `#${field}` }] : []));
    if (items.length || 'problem' in tags) {
      fail(items, fields);
      return null;
    }
    const input = {
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      bodyHtml: draft.body,
      tags: tags.tags,
      audience: draft.audience,
      coverMediaId: draft.cover?.mediaId ?? null,
      coverAlt: draft.cover ? draft.coverAlt.trim() : null,
      ...(editor ? { featured: draft.featured } : {}),
    };
    try {
      if (!post) {
        const result = await create({ variables: { input } });
        const id = result.data?.createBlogPost.id ?? null;
        if (id) {
          setSavedJson(JSON.stringify(draft));
          setMovingOn(true);
        }
        return id;
      }
      const result = await update({ variables: { input: { ...input, id: post.id } } });
      const stored = result.data?.updateBlogPost.bodyHtml;
      // The server cleans what it stores: show that.
      if (stored !== undefined && stored !== draft.body) {
        set('body')(stored);
        setBodyVersion((version) => version + 1);
      }
      setSavedJson(JSON.stringify({ ...draft, body: stored ?? draft.body }));
      return post.id;
    } catch (error) {
      failWith(error);
      return null;
    }
  };

  const onSave = async () => {
    const id = await save();
    if (!id) return;
    if (!post) {
      await navigate(editBlogPostHref(id), {
        state: withNotice('Draft saved', 'Only you and editors can see it. Send it for review when it is ready.'),
      });
      return;
    }
    succeed('Changes saved');
  };

  const step = async (work: (id: string) => Promise<unknown>, heading: string, body?: string) => {
    const id = await save();
    if (!id) return;
    try {
      await work(id);
      if (!post) {
        await navigate(editBlogPostHref(id), { state: withNotice(heading, body) });
        return;
      }
      succeed(heading, body);
    } catch (error) {
      failWith(error);
    }
  };

  const onSubmit = () =>
    void step(
      (id) => submit({ variables: { input: { id } } }),
      'Sent for review',
      'An editor will check your post before it is published. You can still change it meanwhile.',
    );

  const onPublish = () =>
    void step(
      (id) => publish({ variables: { input: { id } } }),
      'Post published',
      draft.audience === 'PUBLIC' ? 'Anyone can now read it.' : 'Signed-in staff can now read it.',
    );

  const onSchedule = () => {
    const read = readDateTime(schedule);
    if ('error' in read) {
      fail([{ text: read.error, href: `#${dateTimeFieldId('publishAt')}` }], { publishAt: read.error });
      return;
    }
    void step(
      (id) => publish({ variables: { input: { id, publishAt: read.date.toISOString() } } }),
      'Publication scheduled',
      `It will be published on ${formatDateTime(read.date)}.`,
    ).then(() => setSchedule(EMPTY_DATE_TIME));
  };

  const onReturn = () =>
    void step(
      (id) => giveBack({ variables: { input: { id } } }),
      'Returned to the author',
      'It is a draft again. The author can change it and send it for review again.',
    );

  const can = post?.viewerCan;
  const title = post ? `Edit ‘${post.title}’` : 'Write a blog post';
  const errors = problem?.fields ?? {};

  return (
    <Page
      title={title}
      caption="Blog"
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={post ? blogPostHref(post.slug) : BLOG_PATH} />
          {blocker.state === 'blocked' && !movingOn ? (
            <UnsavedChangesWarning
              saving={busy}
              onSaveAndLeave={() => {
                void save().then((saved) => {
                  if (saved) blocker.proceed();
                });
              }}
              onLeave={() => blocker.proceed()}
              onStay={() => blocker.reset()}
            />
          ) : null}
          {problem ? <ErrorSummary key={problem.attempt} errors={problem.items} /> : null}
          {done ? (
            <NotificationBanner key={done.attempt} type="success" heading={done.heading}>
              {done.body ? <p className="govuk-body">{done.body}</p> : null}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      {post ? (
        <p className="govuk-body">
          Status: <ContentStatusTag status={post.status} />
          {post.publishAt ? ` Scheduled for ${formatDateTime(post.publishAt)}.` : null}
        </p>
      ) : (
        <p className="govuk-body">
          Share what you have learned in your work. Do not include anything that could identify a person you work with.
          An editor checks every post before it is published.
        </p>
      )}
      {post && !can?.edit ? (
        <p className="govuk-body">
          You cannot change this post now.{' '}
          {post.status === 'PUBLISHED' ? 'Ask an editor if something needs fixing.' : ''}
        </p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSave();
          }}
        >
          <TextInput
            id="title"
            label="Title"
            labelClassName="govuk-label--s"
            error={errors.title}
            value={draft.title}
            onChange={set('title')}
          />
          <Textarea
            id="summary"
            label="Summary"
            labelClassName="govuk-label--s"
            hint="One or two sentences shown in the list of posts and in the feed."
            error={errors.summary}
            rows={3}
            value={draft.summary}
            onChange={set('summary')}
          />
          <RichTextEditor
            key={bodyVersion}
            id="body"
            label="Your post"
            labelClassName="govuk-label--s"
            hint="Use headings and short paragraphs."
            error={errors.body}
            value={draft.body}
            onChange={set('body')}
          />
          <TextInput
            id="tags"
            label="Tags (optional)"
            labelClassName="govuk-label--s"
            hint="Up to 5, separated by commas, like ‘interpreting, housing’."
            error={errors.tags}
            value={draft.tags}
            onChange={set('tags')}
          />
          <Radios
            idPrefix="audience"
            legend="Who can read it once it is published?"
            legendClassName="govuk-fieldset__legend--s"
            error={errors.audience}
            items={(['STAFF', 'PUBLIC'] as const).map((value) => ({ value, text: AUDIENCE_LABELS[value] }))}
            value={draft.audience}
            onChange={(value) => set('audience')(value === 'PUBLIC' ? 'PUBLIC' : 'STAFF')}
          />
          {editor ? (
            <>
              <h2 className="govuk-heading-s">Cover picture</h2>
              {draft.cover ? (
                <>
                  <img className="app-blog-cover-preview" src={draft.cover.url} alt="" />
                  <TextInput
                    id="coverAlt"
                    label="Describe the cover picture"
                    hint="For people who cannot see it, like ‘Two support workers talking outside a block of flats’."
                    error={errors.coverAlt}
                    value={draft.coverAlt}
                    onChange={set('coverAlt')}
                  />
                  <p className="govuk-body">
                    <button type="button" className="app-link-button" onClick={() => set('cover')(null)}>
                      Remove the cover picture
                    </button>
                  </p>
                </>
              ) : (
                <FileUpload
                  id="coverMediaId"
                  label="Upload a cover picture (optional)"
                  hint="A JPEG, PNG, WebP or GIF image."
                  error={errors.coverMediaId}
                  accept="image/jpeg,image/png,image/webp,image/gif"
                  onUploaded={(media) => set('cover')({ mediaId: media.id, url: media.url })}
                />
              )}
              <Checkboxes
                idPrefix="featured"
                legend="Featured"
                legendClassName="govuk-fieldset__legend--s"
                items={[{ value: 'featured', text: 'Show this post first on the blog page' }]}
                values={draft.featured ? ['featured'] : []}
                onChange={(values) => set('featured')(values.includes('featured'))}
              />
            </>
          ) : (
            <p className="govuk-body">An editor adds a cover picture, if the post needs one, when they review it.</p>
          )}
          <ButtonGroup>
            <Button type="submit" variant={can?.submit || !post ? 'secondary' : 'primary'} loading={busy}>
              {post ? 'Save changes' : 'Save draft'}
            </Button>
            {!post || can?.submit ? (
              <Button type="button" loading={busy} onClick={onSubmit}>
                Send for review
              </Button>
            ) : null}
          </ButtonGroup>
        </form>
      )}

      {can?.publish || can?.returnToDraft || can?.archive ? (
        <>
          <h2 className="govuk-heading-m">Editor’s decision</h2>
          {can.publish ? (
            <>
              <Button type="button" loading={busy} onClick={onPublish}>
                Publish now
              </Button>
              {post?.status !== 'ARCHIVED' ? (
                <>
                  <DateTimeInput
                    id="publishAt"
                    legend="Or publish it later"
                    error={errors.publishAt}
                    value={schedule}
                    onChange={setSchedule}
                  />
                  <Button type="button" variant="secondary" loading={busy} onClick={onSchedule}>
                    Schedule publication
                  </Button>
                </>
              ) : null}
            </>
          ) : null}
          <ButtonGroup>
            {can.returnToDraft ? (
              <Button type="button" variant="secondary" loading={busy} onClick={onReturn}>
                Return to the author
              </Button>
            ) : null}
            {can.archive && post ? (
              <Link className="govuk-link" to={archiveBlogPostHref(post.id)}>
                Archive this post
              </Link>
            ) : null}
          </ButtonGroup>
        </>
      ) : null}

      {post && editor ? (
        <>
          <h2 className="govuk-heading-m">Glossary links</h2>
          <GlossaryLinkingToggle contentKind="BLOG_POST" contentId={post.id} />
        </>
      ) : null}

      {post && can?.seeHistory ? (
        <ItemRevisions query={blogPostRevisionsQuery} id={post.id} pick={(d) => d.blogPost.revisions} />
      ) : null}
    </Page>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import type { KnowledgeCheckContent, ScenarioContent, ScenarioProblem } from '@common-ground/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { apiErrorCode, mapApiError, type FieldErrors } from '../../../lib/errors';
import type { AuthoringLessonQuery } from '../../../gql/graphql';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  InsetText,
  NotificationBanner,
  Radios,
  Textarea,
  TextInput,
  WarningText,
  type ErrorSummaryItem,
} from '../../../ui';
import { LESSON_KIND_LABELS, plural } from '../../learn/components/labels';
import { KnowledgeCheckEditor } from '../../learn/editor/KnowledgeCheckEditor';
import { ProblemList, sceneCardId } from '../../learn/editor/ProblemList';
import type { EditorMedia } from '../../learn/editor/MediaField';
import { ScenarioEditor } from '../../learn/editor/ScenarioEditor';
import { sceneHeadingId } from '../../learn/editor/SceneCard';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { ArticleEditor } from '../components/ArticleEditor';
import { articleMediaProblems } from '../components/articleBlocks';
import { DateTimeInput, dateTimeFieldId, EMPTY_DATE_TIME, readDateTime } from '../components/DateTimeInput';
import { RevisionHistory } from '../components/RevisionHistory';
import { scenarioProblemsFromError, toScenarioProblem } from '../components/scenarioProblems';
import { StatusTag } from '../components/StatusTag';
import { UnsavedChangesWarning } from '../components/UnsavedChangesWarning';
import { uploadMedia } from '../hooks/uploadMedia';
import { useUnsavedChangesWarning } from '../hooks/useUnsavedChangesWarning';
import { isTestRole, parseLines, TEST_ROLE_HINTS, TEST_ROLE_LABELS } from '../labels';
import {
  authoringLessonQuery,
  lessonModuleQuery,
  lessonRevisionsQuery,
  publishLessonMutation,
  saveLessonDraftMutation,
  submitLessonForReviewMutation,
  updateLessonMutation,
} from '../operations';
import { readNotice } from '../notice';
import '../authoring.scss';
import { GlossaryLinkingToggle } from '../../library/glossary/components/GlossaryLinkingToggle';

type Lesson = NonNullable<AuthoringLessonQuery['authoringLesson']>;

const DETAIL_FIELDS = ['title', 'outcomes', 'contentWarning', 'testRole'] as const;

interface Details {
  title: string;
  outcomes: string;
  contentWarning: string;
  testRole: string;
}

function detailsOf(lesson: Lesson): Details {
  return {
    title: lesson.title,
    outcomes: lesson.outcomes.join('\n'),
    contentWarning: lesson.contentWarning ?? '',
    testRole: lesson.testRole,
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asScenario(value: unknown): ScenarioContent {
  const raw = asRecord(value);
  return Array.isArray(raw.scenes)
    ? (raw as unknown as ScenarioContent)
    : { characters: [], variables: [], startSceneId: '', scenes: [] };
}

function asCheck(value: unknown): KnowledgeCheckContent {
  const raw = asRecord(value);
  return Array.isArray(raw.questions) ? (raw as unknown as KnowledgeCheckContent) : { passMark: 80, questions: [] };
}

function asArticleHtml(value: unknown): string {
  const html = asRecord(value).html;
  return typeof html === 'string' ? html : '';
}

const mediaUrl = (mediaId: string) => `/api/media/${encodeURIComponent(mediaId)}`;

/** Media ids a scenario shows (scenes' pictures or recordings, characters' pictures). */
function scenarioMediaIds(scenario: ScenarioContent | null): string[] {
  if (!scenario) return [];
  return [
    ...scenario.scenes.flatMap((scene) => (scene.mediaId ? [scene.mediaId] : [])),
    ...scenario.characters.flatMap((character) => (character.avatarMediaId ? [character.avatarMediaId] : [])),
  ];
}

/** The lesson editor: details, content by kind, saving, review, publishing and history. */
export function LessonEditorPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(authoringLessonQuery, { variables: { id } });
  const lesson = data?.authoringLesson;
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  if (!lesson) return <NotFoundPage />;
  // Keyed on the lesson so the editor starts from its saved draft, once.
  return <LessonEditor key={lesson.id} lesson={lesson} />;
}

interface Problem {
  items: ErrorSummaryItem[];
  fields: FieldErrors;
  attempt: number;
}

function LessonEditor({ lesson }: { lesson: Lesson }) {
  const moduleQuery = useQuery(lessonModuleQuery, { variables: { id: lesson.moduleId } });
  const moduleTitle = moduleQuery.data?.authoringModule?.title;

  const [details, setDetails] = useState<Details>(() => detailsOf(lesson));
  const [savedDetails, setSavedDetails] = useState(() => JSON.stringify(detailsOf(lesson)));
  const [content, setContent] = useState<unknown>(lesson.draftContent);
  const [savedContent, setSavedContent] = useState(() => JSON.stringify(lesson.draftContent));
  const contentRef = useRef<unknown>(lesson.draftContent);
  const [articleVersion, setArticleVersion] = useState(0);
  const [scenarioEditorKey, setScenarioEditorKey] = useState(0);
  const [focusId, setFocusId] = useState<{ id: string; n: number } | null>(null);

  const [problem, setProblem] = useState<Problem | null>(null);
  const [publishProblems, setPublishProblems] = useState<{ problems: ScenarioProblem[]; attempt: number } | null>(null);
  const location = useLocation();
  const [done, setDone] = useState<{ heading: string; body?: string; attempt: number } | null>(() => {
    const notice = readNotice(location.state);
    return notice ? { ...notice, attempt: 0 } : null;
  });
  const [schedule, setSchedule] = useState(EMPTY_DATE_TIME);
  const publishProblemsRef = useRef<HTMLDivElement>(null);

  const refetch = [
    { query: lessonRevisionsQuery, variables: { lessonId: lesson.id, first: 20 } },
    { query: authoringLessonQuery, variables: { id: lesson.id } },
  ];
  const [updateLesson, updateState] = useMutation(updateLessonMutation);
  const [saveDraft, saveState] = useMutation(saveLessonDraftMutation);
  const [submitForReview, submitState] = useMutation(submitLessonForReviewMutation);
  const [publishLesson, publishState] = useMutation(publishLessonMutation, { refetchQueries: refetch });

  const detailsDirty = JSON.stringify(details) !== savedDetails;
  const contentDirty = JSON.stringify(content) !== savedContent;
  const dirty = detailsDirty || contentDirty;
  const blocker = useUnsavedChangesWarning(dirty);
  const saving = updateState.loading || saveState.loading;
  const busy = saving || submitState.loading || publishState.loading;

  useEffect(() => {
    if (!focusId) return;
    const element = document.getElementById(focusId.id);
    element?.scrollIntoView?.({ block: 'start' });
    element?.focus();
  }, [focusId, scenarioEditorKey]);

  useEffect(() => {
    if (publishProblems) publishProblemsRef.current?.focus();
  }, [publishProblems]);

  const changeContent = (next: unknown) => {
    contentRef.current = next;
    setContent(next);
  };

  const fail = (items: ErrorSummaryItem[], fields: FieldErrors = {}) => {
    setDone(null);
    setProblem((previous) => ({ items, fields, attempt: (previous?.attempt ?? 0) + 1 }));
  };

  const failWith = (error: unknown) => {
    const mapped = mapApiError(error, DETAIL_FIELDS);
    fail(
      [
        ...DETAIL_FIELDS.flatMap((field) => {
          const message = mapped.fields[field];
          return message ? [{ text: message, href: `#${field}` }] : [];
        }),
        ...mapped.general.map((text) => ({ text })),
      ],
      mapped.fields,
    );
  };

  /** Checks, then saves what changed. True when everything is saved. */
  const save = async (): Promise<boolean> => {
    const fields: FieldErrors = {};
    if (!details.title.trim()) fields.title = 'Enter the lesson’s title';
    else if (details.title.trim().length > 200) fields.title = 'Title must be 200 characters or fewer';
    if (parseLines(details.outcomes).length > 12) fields.outcomes = 'Enter 12 learning outcomes or fewer';
    if (details.contentWarning.trim().length > 600)
      fields.contentWarning = 'The content warning must be 600 characters or fewer';
    const items: ErrorSummaryItem[] = DETAIL_FIELDS.flatMap((field) => {
      const message = fields[field];
      return message ? [{ text: message, href: `#${field}` }] : [];
    });
    if (lesson.kind === 'ARTICLE') items.push(...articleMediaProblems(asArticleHtml(content)));
    if (items.length > 0) {
      fail(items, fields);
      return false;
    }
    try {
      if (detailsDirty) {
        const sent = { ...details };
        await updateLesson({
          variables: {
            input: {
              lessonId: lesson.id,
              title: sent.title.trim(),
              outcomes: parseLines(sent.outcomes),
              contentWarning: sent.contentWarning.trim() || null,
              testRole: lesson.kind === 'KNOWLEDGE_CHECK' && isTestRole(sent.testRole) ? sent.testRole : undefined,
            },
          },
        });
        setSavedDetails(JSON.stringify(sent));
      }
      const sent = contentRef.current;
      const sentJson = JSON.stringify(sent);
      const result = await saveDraft({ variables: { input: { lessonId: lesson.id, content: sent } } });
      const stored: unknown = result.data?.saveLessonDraft.draftContent ?? sent;
      const storedJson = JSON.stringify(stored);
      // The server cleans what it stores; show that, unless the editor has typed on meanwhile.
      if (JSON.stringify(contentRef.current) === sentJson) {
        if (storedJson !== sentJson) {
          changeContent(stored);
          if (lesson.kind === 'ARTICLE') setArticleVersion((version) => version + 1);
        }
        setSavedContent(storedJson);
      } else {
        setSavedContent(sentJson);
      }
      setProblem(null);
      return true;
    } catch (error) {
      failWith(error);
      return false;
    }
  };

  const onSave = async () => {
    if (await save()) {
      setPublishProblems(null);
      setDone((previous) => ({ heading: 'Draft saved', attempt: (previous?.attempt ?? 0) + 1 }));
    }
  };

  const onSubmitForReview = async () => {
    if (dirty && !(await save())) return;
    try {
      await submitForReview({ variables: { input: { lessonId: lesson.id } } });
      setProblem(null);
      setDone((previous) => ({
        heading: 'Submitted for review',
        body: 'Another editor can now check it before it is published.',
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    } catch (error) {
      failWith(error);
    }
  };

  const publish = async (publishAt?: Date) => {
    if (dirty && !(await save())) return;
    try {
      const result = await publishLesson({
        variables: { input: { lessonId: lesson.id, publishAt: publishAt?.toISOString() } },
      });
      setProblem(null);
      setPublishProblems(null);
      const number = result.data?.publishLesson.publishedRevisionNumber;
      setDone((previous) => ({
        ...(publishAt
          ? {
              heading: 'Publication scheduled',
              body: `The draft as it is on ${formatDateTime(publishAt)} will be published then.`,
            }
          : {
              heading: number ? `Version ${number} published` : 'Lesson published',
              body: 'Learners get this version from now on. People part-way through keep the version they started.',
            }),
        attempt: (previous?.attempt ?? 0) + 1,
      }));
      if (publishAt) setSchedule(EMPTY_DATE_TIME);
    } catch (error) {
      const problems = scenarioProblemsFromError(error);
      if (problems && problems.length > 0) {
        setProblem(null);
        setDone(null);
        setPublishProblems((previous) => ({ problems, attempt: (previous?.attempt ?? 0) + 1 }));
        return;
      }
      failWith(error);
    }
  };

  const onSchedule = () => {
    const read = readDateTime(schedule);
    if ('error' in read) {
      fail([{ text: read.error, href: `#${dateTimeFieldId('publishAt')}` }], { publishAt: read.error });
      return;
    }
    void publish(read.date);
  };

  /** Opens a scene in the form view of the scenario editor, from a problem in the summary. */
  const goToScene = (sceneId: string) => {
    if (!document.getElementById(sceneCardId(sceneId))) setScenarioEditorKey((key) => key + 1);
    setFocusId((previous) => ({ id: sceneHeadingId(sceneId), n: (previous?.n ?? 0) + 1 }));
  };

  const setDetail = (field: keyof Details) => (value: string) =>
    setDetails((previous) => ({ ...previous, [field]: value }));

  const scenario = lesson.kind === 'SCENARIO' ? asScenario(content) : null;

  // Whether each media id is a picture or a recording: remembered from uploads, otherwise asked
  // of the server (HEAD /api/media/:id); until known it is shown as a picture.
  const [mediaKinds, setMediaKinds] = useState<Record<string, EditorMedia['kind']>>({});
  const onUploadMedia = async (file: File): Promise<EditorMedia> => {
    const media = await uploadMedia(file);
    setMediaKinds((previous) => ({ ...previous, [media.id]: media.kind }));
    return { id: media.id, kind: media.kind, url: media.url };
  };
  const resolveMedia = (mediaId: string): EditorMedia => ({
    id: mediaId,
    kind: mediaKinds[mediaId] ?? 'IMAGE',
    url: mediaUrl(mediaId),
  });
  const unknownMedia = [...new Set(scenarioMediaIds(scenario).filter((mediaId) => !(mediaId in mediaKinds)))].join(' ');
  useEffect(() => {
    if (!unknownMedia || typeof fetch !== 'function') return;
    let live = true;
    for (const mediaId of unknownMedia.split(' ')) {
      fetch(mediaUrl(mediaId), { method: 'HEAD', credentials: 'same-origin' })
        .then((response) => {
          if (!live || !response.ok) return;
          const kind = response.headers.get('content-type')?.startsWith('audio/') ? 'AUDIO' : 'IMAGE';
          setMediaKinds((previous) => ({ ...previous, [mediaId]: kind }));
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [unknownMedia]);
  const savedScenarioProblems = lesson.scenarioProblems.length;
  // What the API found in the saved draft (and a refused publication) describes that draft only:
  // once the content is edited, the editor's own checks speak for it until it is saved again.
  const serverProblems = useMemo(
    () =>
      contentDirty
        ? []
        : [
            ...lesson.scenarioProblems.flatMap((raw) => {
              const problem = toScenarioProblem(raw);
              return problem ? [problem] : [];
            }),
            ...(publishProblems?.problems ?? []),
          ],
    [contentDirty, lesson.scenarioProblems, publishProblems],
  );

  return (
    <Page
      title={lesson.title}
      caption={
        moduleTitle
          ? `${moduleTitle}: ${LESSON_KIND_LABELS[lesson.kind].toLowerCase()}`
          : LESSON_KIND_LABELS[lesson.kind]
      }
      width={lesson.kind === 'SCENARIO' ? 'full' : 'two-thirds'}
      error={problem !== null || publishProblems !== null}
      beforeHeading={
        <>
          <BackLink to={`/authoring/modules/${lesson.moduleId}`} />
          {blocker.state === 'blocked' ? (
            <UnsavedChangesWarning
              saving={saving}
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
          {publishProblems && scenario ? (
            <div className="app-publish-problems" tabIndex={-1} ref={publishProblemsRef} role="alert">
              <p className="govuk-body govuk-!-font-weight-bold">
                The lesson was not published. Nothing you wrote has been lost.
              </p>
              <ProblemList problems={publishProblems.problems} scenes={scenario.scenes} onSelectScene={goToScene} />
            </div>
          ) : null}
          {done ? (
            <NotificationBanner key={done.attempt} type="success" heading={done.heading}>
              {done.body ? <p className="govuk-body">{done.body}</p> : null}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      <p className="govuk-body">
        <StatusTag status={lesson.status} />{' '}
        {lesson.publishedRevisionNumber !== null
          ? `Version ${lesson.publishedRevisionNumber} is live for learners.`
          : 'Not published yet.'}
      </p>
      <p className="govuk-body-s" id="last-saved">
        Last saved {lesson.updatedBy ? `by ${lesson.updatedBy.name} ` : ''}on {formatDateTime(lesson.updatedAt)}.
        {lesson.publishedRevisionNumber !== null ? ' Saved changes stay in the draft until you publish them.' : ''}
      </p>
      {lesson.publishAt ? (
        <InsetText>Scheduled to be published on {formatDateTime(lesson.publishAt)}.</InsetText>
      ) : null}
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href="#save-and-publish">
            Go to save and publish
          </a>
        </li>
        {lesson.kind === 'SCENARIO' ? (
          <li>
            <Link className="govuk-link" to={`/authoring/lessons/${lesson.id}/report`}>
              See how learners chose in this scenario
            </Link>
          </li>
        ) : null}
      </ul>
      {lesson.kind === 'ARTICLE' ? <GlossaryLinkingToggle contentKind="LESSON" contentId={lesson.id} /> : null}

      <h2 className="govuk-heading-m">Details</h2>
      <div className="govuk-grid-row">
        <div className={lesson.kind === 'SCENARIO' ? 'govuk-grid-column-two-thirds' : 'govuk-grid-column-full'}>
          <TextInput
            id="title"
            label="Title"
            value={details.title}
            onChange={setDetail('title')}
            error={problem?.fields.title}
          />
          <Textarea
            id="outcomes"
            label="Learning outcomes (optional)"
            hint="What people will be able to do after this lesson, one on each line."
            rows={3}
            value={details.outcomes}
            onChange={setDetail('outcomes')}
            error={problem?.fields.outcomes}
          />
          {lesson.kind === 'SCENARIO' ? (
            <Textarea
              id="contentWarning"
              label="Content warning (optional)"
              hint="If the story may distress people, say what it includes. Learners see this, with where to find support, before they start."
              rows={2}
              value={details.contentWarning}
              onChange={setDetail('contentWarning')}
              error={problem?.fields.contentWarning}
            />
          ) : null}
          {lesson.kind === 'KNOWLEDGE_CHECK' ? (
            <Radios
              idPrefix="testRole"
              legend="Is it the module’s pre-test or post-test?"
              items={(['NONE', 'PRE_TEST', 'POST_TEST'] as const).map((value) => ({
                value,
                text: TEST_ROLE_LABELS[value],
                hint: TEST_ROLE_HINTS[value],
              }))}
              value={details.testRole}
              onChange={setDetail('testRole')}
              error={problem?.fields.testRole}
            />
          ) : null}
        </div>
      </div>

      <h2 className="govuk-heading-m">{lesson.kind === 'SCENARIO' ? 'Scenario' : 'Content'}</h2>
      {lesson.kind === 'ARTICLE' ? (
        <ArticleEditor
          key={articleVersion}
          initialHtml={asArticleHtml(content)}
          onChange={(html) => changeContent({ html })}
        />
      ) : null}
      {scenario ? (
        <ScenarioEditor
          key={scenarioEditorKey}
          value={scenario}
          onChange={changeContent}
          extraProblems={serverProblems}
          onUpload={onUploadMedia}
          resolveMedia={resolveMedia}
        />
      ) : null}
      {lesson.kind === 'KNOWLEDGE_CHECK' ? (
        <KnowledgeCheckEditor value={asCheck(content)} onChange={changeContent} />
      ) : null}

      <div className="app-authoring-section" id="save-and-publish" tabIndex={-1}>
        {dirty ? <p className="govuk-body govuk-!-font-weight-bold">You have unsaved changes.</p> : null}
        <ButtonGroup>
          <Button type="button" loading={saving} disabled={busy} onClick={() => void onSave()}>
            Save draft
          </Button>
          {lesson.status === 'DRAFT' || lesson.status === 'ARCHIVED' ? (
            <Button
              type="button"
              variant="secondary"
              loading={submitState.loading}
              loadingText="Submitting…"
              disabled={busy}
              onClick={() => void onSubmitForReview()}
            >
              Submit for review
            </Button>
          ) : null}
        </ButtonGroup>
      </div>

      <section className="app-authoring-section" aria-labelledby="publish-heading">
        <h2 className="govuk-heading-m" id="publish-heading">
          Publish
        </h2>
        {dirty ? (
          <p className="govuk-body">Publishing saves your changes first.</p>
        ) : lesson.kind === 'SCENARIO' && savedScenarioProblems > 0 ? (
          <WarningText>
            The saved draft has {plural(savedScenarioProblems, 'problem')} that stop it being published. They are listed
            above the scenes.
          </WarningText>
        ) : lesson.publishBlockers.length > 0 ? (
          <WarningText>Before it can be published: {lesson.publishBlockers.join(' ')}</WarningText>
        ) : (
          <p className="govuk-body">
            Learners get the new version straight away. People part-way through keep the version they started.
          </p>
        )}
        <Button
          type="button"
          loading={publishState.loading}
          loadingText="Publishing…"
          disabled={busy}
          onClick={() => void publish()}
        >
          Publish now
        </Button>
        <h3 className="govuk-heading-s">Or publish later</h3>
        <DateTimeInput
          id="publishAt"
          legend="When should it be published?"
          error={problem?.fields.publishAt}
          value={schedule}
          onChange={setSchedule}
        />
        <Button type="button" variant="secondary" disabled={busy} onClick={onSchedule}>
          Schedule
        </Button>
      </section>

      {lesson.status !== 'ARCHIVED' ? (
        <section className="app-authoring-section" aria-labelledby="archive-heading">
          <h2 className="govuk-heading-m" id="archive-heading">
            Archive
          </h2>
          <p className="govuk-body">Archiving hides the lesson from learners. Their progress is kept.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/authoring/lessons/${lesson.id}/archive`}>
              Archive this lesson
            </Link>
          </p>
        </section>
      ) : null}

      <RevisionHistory lessonId={lesson.id} liveNumber={lesson.publishedRevisionNumber} />
    </Page>
  );
}

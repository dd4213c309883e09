import { useMutation, useQuery } from '@apollo/client/react';
import { COURSE_LIMITS as L, FRAMEWORK_LIMITS } from '@common-ground/shared';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { LoadingPage } from '../../../app/guards';
import type { CourseCompetencyChoicesQuery, CourseFormFieldsFragment, EditCourseQuery } from '../../../gql/graphql';
import { formatShortDate, formatTimeRange } from '../../../lib/dates';
import type { FieldErrors } from '../../../lib/errors';
import { useFormErrors } from '../../../lib/useFormErrors';
import { ButtonLink, Checkboxes, Pagination, Table, Tag, Textarea, TextInput } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { manageSessionHref } from '../paths';
import { ManageFormPage } from './ManageFormPage';
import {
  courseCompetencyChoicesQuery,
  createCourseMutation,
  editCourseQuery,
  updateCourseMutation,
} from './operations';
import { editCourseHref, editSessionHref, MANAGE_COURSES_PATH, newSessionHref } from './paths';

const FIELDS = [
  'title',
  'description',
  'outcomes',
  'targetGroups',
  'trainer',
  'requiresManagerApproval',
  'competencyIds',
] as const;

type Choice = CourseCompetencyChoicesQuery['courseCompetencyChoices'][number];
type SessionRow = EditCourseQuery['courseSessions']['edges'][number]['node'];

/** One item per line, blank lines dropped. */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A list field: at most `most` lines of at most `max` characters each. */
function checkLines(found: FieldErrors, field: string, items: string[], most: number, max: number, what: string) {
  if (items.length > most) found[field] = `List at most ${most} ${what}, one on each line`;
  else if (items.some((item) => item.length > max))
    found[field] = `Each of the ${what} must be ${max} characters or fewer`;
}

/**
 * Add a course or change one (partnership leads and admins): what it is, who it is for, its
 * trainer and the framework competencies it serves; below a saved course, its sessions.
 */
export function EditCoursePage() {
  const { courseId } = useParams();
  const page = useCursorPage();
  const existing = useQuery(editCourseQuery, {
    variables: { id: courseId ?? '', first: PAGE_SIZE, after: page.after },
    skip: !courseId,
    fetchPolicy: 'cache-and-network',
  });
  const choices = useQuery(courseCompetencyChoicesQuery);
  if ((courseId && existing.loading && !existing.data) || (choices.loading && !choices.data)) return <LoadingPage />;
  const course = existing.data?.course ?? undefined;
  if (courseId && !course) return <NotFoundPage />;
  const sessions = existing.data?.courseSessions;
  return (
    <CourseForm
      key={course?.id ?? 'new'}
      course={course}
      choices={choices.data?.courseCompetencyChoices ?? []}
      sessions={
        course && sessions ? (
          <CourseSessions
            courseId={course.id}
            rows={sessions.edges.map((e) => e.node)}
            total={sessions.totalCount}
            nextHref={page.nextHref(sessions.pageInfo)}
            previousHref={page.previousHref}
          />
        ) : null
      }
    />
  );
}

function CourseForm({
  course,
  choices,
  sessions,
}: {
  course?: CourseFormFieldsFragment;
  choices: Choice[];
  sessions: ReactNode;
}) {
  const navigate = useNavigate();
  const errors = useFormErrors(FIELDS);
  const [title, setTitle] = useState(course?.title ?? '');
  const [description, setDescription] = useState(course?.description ?? '');
  const [outcomes, setOutcomes] = useState(course?.outcomes.join('\n') ?? '');
  const [targetGroups, setTargetGroups] = useState(course?.targetGroups.join('\n') ?? '');
  const [trainer, setTrainer] = useState(course?.trainer ?? '');
  const [approval, setApproval] = useState(course?.requiresManagerApproval ?? false);
  const [chosen, setChosen] = useState<string[]>(course?.competencies.map((c) => c.id) ?? []);
  const [create, createState] = useMutation(createCourseMutation);
  const [update, updateState] = useMutation(updateCourseMutation);
  const groups = [...new Set(choices.map((c) => `${c.strandName} – ${c.workforceGroupName}`))];

  const onSubmit = async () => {
    const found: FieldErrors = {};
    if (!title.trim()) found.title = 'Enter the course title';
    else if (title.trim().length > L.titleMax) found.title = `The title must be ${L.titleMax} characters or fewer`;
    if (description.trim().length > L.descriptionMax) {
      found.description = `The description must be ${L.descriptionMax} characters or fewer`;
    }
    checkLines(found, 'outcomes', lines(outcomes), L.outcomesMax, L.outcomeMax, 'outcomes');
    checkLines(found, 'targetGroups', lines(targetGroups), L.targetGroupsMax, L.targetGroupMax, 'groups');
    if (trainer.trim().length > L.trainerMax)
      found.trainer = `The trainer’s name must be ${L.trainerMax} characters or fewer`;
    if (chosen.length > FRAMEWORK_LIMITS.competenciesPerResourceMax) {
      found.competencyIds = `Choose at most ${FRAMEWORK_LIMITS.competenciesPerResourceMax} competencies`;
    }
    if (Object.keys(found).length) {
      errors.showFieldErrors(found);
      return;
    }
    const input = {
      title: title.trim(),
      description: description.trim(),
      outcomes: lines(outcomes),
      targetGroups: lines(targetGroups),
      trainer: trainer.trim(),
      requiresManagerApproval: approval,
      competencyIds: chosen,
    };
    try {
      if (course) {
        await update({ variables: { input: { ...input, courseId: course.id } } });
        await navigate(MANAGE_COURSES_PATH, { state: withFlash(`${input.title} has been changed`) });
      } else {
        const result = await create({ variables: { input } });
        const made = result.data?.createCourse;
        await navigate(made ? editCourseHref(made.id) : MANAGE_COURSES_PATH, {
          state: withFlash(`${input.title} has been added`, 'Now add its sessions.'),
        });
      }
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <ManageFormPage
      title={course ? `Change ${course.title}` : 'Add a course'}
      caption="Run the programme"
      backTo={MANAGE_COURSES_PATH}
      backText="Back to courses"
      errors={errors}
      fields={FIELDS}
      onSubmit={onSubmit}
      saving={createState.loading || updateState.loading}
      submitText={course ? 'Save changes' : 'Add course'}
      after={sessions}
    >
      <TextInput
        id="title"
        label="Course title"
        labelClassName="govuk-label--s"
        error={errors.fields.title}
        value={title}
        onChange={setTitle}
      />
      <Textarea
        id="description"
        label="What the course is about (optional)"
        labelClassName="govuk-label--s"
        hint="Plain text. Leave a blank line between paragraphs."
        error={errors.fields.description}
        value={description}
        onChange={setDescription}
        rows={5}
      />
      <Textarea
        id="outcomes"
        label="Learning outcomes (optional)"
        labelClassName="govuk-label--s"
        hint="What delegates will know or be able to do afterwards. One on each line."
        error={errors.fields.outcomes}
        value={outcomes}
        onChange={setOutcomes}
        rows={4}
      />
      <Textarea
        id="targetGroups"
        label="Who it is for (optional)"
        labelClassName="govuk-label--s"
        hint="For example, Front-line staff in housing. One group on each line."
        error={errors.fields.targetGroups}
        value={targetGroups}
        onChange={setTargetGroups}
        rows={3}
      />
      <TextInput
        id="trainer"
        label="Trainer (optional)"
        labelClassName="govuk-label--s"
        hint="Who usually runs it. A session can name someone else."
        error={errors.fields.trainer}
        value={trainer}
        onChange={setTrainer}
        autoComplete="off"
      />
      <Checkboxes
        idPrefix="requiresManagerApproval"
        legend="Line manager’s approval"
        hint="Each application waits until the applicant’s line manager approves it from a link in an email. They do not need an account."
        items={[{ value: 'yes', text: 'Applications need the line manager’s approval' }]}
        values={approval ? ['yes'] : []}
        onChange={(values) => setApproval(values.includes('yes'))}
        error={errors.fields.requiresManagerApproval}
        small
      />
      <h2 className="govuk-heading-m">Competencies it serves</h2>
      <p className="govuk-body">
        Learning plans suggest the course to people who need these competencies, and the programme can be filtered by
        their strands.
      </p>
      {groups.length === 0 ? (
        <p className="govuk-body" id="competencyIds">
          The framework has no competencies yet.
        </p>
      ) : (
        groups.map((group, index) => {
          const inGroup = choices.filter((c) => `${c.strandName} – ${c.workforceGroupName}` === group);
          return (
            <Checkboxes
              key={group}
              idPrefix={index === 0 ? 'competencyIds' : `competencyIds-group-${index}`}
              legend={group}
              legendClassName="govuk-fieldset__legend--s"
              error={index === 0 ? errors.fields.competencyIds : undefined}
              items={inGroup.map((c) => ({ value: c.id, text: c.statement }))}
              values={chosen}
              onChange={(values) => {
                const ids = new Set(inGroup.map((c) => c.id));
                setChosen([...chosen.filter((id) => !ids.has(id)), ...values]);
              }}
              small
            />
          );
        })
      )}
    </ManageFormPage>
  );
}

function CourseSessions({
  courseId,
  rows,
  total,
  nextHref,
  previousHref,
}: {
  courseId: string;
  rows: SessionRow[];
  total: number;
  nextHref?: string;
  previousHref?: string;
}) {
  return (
    <section aria-labelledby="sessions-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="sessions-heading">
        Sessions
      </h2>
      <ButtonLink to={newSessionHref(courseId)} variant="secondary">
        Add a session
      </ButtonLink>
      {rows.length === 0 ? (
        <p className="govuk-body">This course has no sessions yet.</p>
      ) : (
        <Table
          caption={`${total} session${total === 1 ? '' : 's'}`}
          captionClassName="govuk-table__caption--s"
          rows={rows}
          rowKey={(s) => s.id}
          columns={[
            {
              header: 'Date',
              rowHeader: true,
              cell: (s) => (
                <>
                  {formatShortDate(s.startsAt)}, {formatTimeRange(s.startsAt, s.endsAt)}
                  {s.status === 'CANCELLED' ? (
                    <>
                      {' '}
                      <Tag colour="red">Cancelled</Tag>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: 'Venue', cell: (s) => `${s.venue}, ${s.locality}` },
            { header: 'Places left', numeric: true, cell: (s) => `${s.placesLeft} of ${s.capacity}` },
            {
              header: 'Actions',
              cell: (s) => (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  <li>
                    <Link className="govuk-link" to={editSessionHref(s.id)}>
                      Change<span className="govuk-visually-hidden"> the session on {formatShortDate(s.startsAt)}</span>
                    </Link>
                  </li>
                  <li>
                    <Link className="govuk-link" to={manageSessionHref(s.id)}>
                      Applicants<span className="govuk-visually-hidden"> for {formatShortDate(s.startsAt)}</span>
                    </Link>
                  </li>
                </ul>
              ),
            },
          ]}
        />
      )}
      <Pagination previousHref={previousHref} nextHref={nextHref} landmarkLabel="Session pages" />
    </section>
  );
}

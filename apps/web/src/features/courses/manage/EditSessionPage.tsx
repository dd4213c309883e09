import { useMutation, useQuery } from '@apollo/client/react';
import { COURSE_LIMITS as L, NATION_LABELS, NATIONS, type NationName } from '@common-ground/shared';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { LoadingPage } from '../../../app/guards';
import type { EditSessionQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/dates';
import type { FieldErrors } from '../../../lib/errors';
import { useFormErrors } from '../../../lib/useFormErrors';
import { InsetText, Radios, Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { DATE_PARTS, DatePartsInput, TIME_PARTS } from './DatePartsInput';
import { ManageFormPage } from './ManageFormPage';
import { createSessionMutation, editSessionQuery, sessionCourseQuery, updateSessionMutation } from './operations';
import { editCourseHref } from './paths';
import { type Parts, readSessionTimes, toParts } from './sessionTimes';

const FIELDS = [
  'startsAt',
  'startTime',
  'endsAt',
  'venue',
  'joiningInstructions',
  'locality',
  'nation',
  'capacity',
  'trainer',
] as const;

type Session = NonNullable<EditSessionQuery['courseSession']>;

/** Add a session to a course (`/courses/manage/:courseId/sessions/new`) or change one (`/courses/sessions/:id/edit`). */
export function EditSessionPage() {
  const { id, courseId } = useParams();
  const existing = useQuery(editSessionQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const parent = useQuery(sessionCourseQuery, { variables: { id: courseId ?? '' }, skip: !courseId });
  if ((id && existing.loading && !existing.data) || (courseId && parent.loading && !parent.data)) {
    return <LoadingPage />;
  }
  const session = existing.data?.courseSession ?? undefined;
  const course = session?.course ?? parent.data?.course;
  if (!course || (id && (!session || !session.viewerCan.manage))) return <NotFoundPage />;
  return <SessionForm key={session?.id ?? 'new'} course={course} session={session} />;
}

function SessionForm({
  course,
  session,
}: {
  course: { id: string; title: string; trainer: string };
  session?: Session;
}) {
  const navigate = useNavigate();
  const errors = useFormErrors(FIELDS);
  const starts = session ? toParts(session.startsAt) : null;
  const ends = session ? toParts(session.endsAt) : null;
  const [date, setDate] = useState<Parts>(starts?.date ?? {});
  const [startTime, setStartTime] = useState<Parts>(starts?.time ?? {});
  const [endTime, setEndTime] = useState<Parts>(ends?.time ?? {});
  const [venue, setVenue] = useState(session?.venue ?? '');
  const [joiningInstructions, setJoiningInstructions] = useState(session?.joiningInstructions ?? '');
  const [locality, setLocality] = useState(session?.locality ?? '');
  const [nation, setNation] = useState<string>(session?.nation ?? 'ENGLAND_AND_WALES');
  const [capacity, setCapacity] = useState(session ? String(session.capacity) : '');
  // The API answers the course's trainer when the session names none; keep that blank here.
  const [trainer, setTrainer] = useState(session && session.trainer !== course.trainer ? session.trainer : '');
  const [create, createState] = useMutation(createSessionMutation);
  const [update, updateState] = useMutation(updateSessionMutation);
  const given = session ? session.capacity - session.placesLeft : 0;

  const onSubmit = async () => {
    const found: FieldErrors = {};
    const times = readSessionTimes(date, startTime, endTime);
    if ('errors' in times) Object.assign(found, times.errors);
    if (!venue.trim()) found.venue = 'Enter the venue’s name and address';
    else if (venue.trim().length > L.venueMax) found.venue = `The venue must be ${L.venueMax} characters or fewer`;
    if (joiningInstructions.trim().length > L.joiningInstructionsMax) {
      found.joiningInstructions = `Joining instructions must be ${L.joiningInstructionsMax} characters or fewer`;
    }
    if (!locality.trim()) found.locality = 'Enter the locality the session is held in';
    else if (locality.trim().length > L.localityMax) {
      found.locality = `The locality must be ${L.localityMax} characters or fewer`;
    }
    if (!(NATIONS as readonly string[]).includes(nation)) found.nation = 'Choose the nation the venue is in';
    const places = Number(capacity.trim());
    if (!/^\d+$/.test(capacity.trim()) || places < 1 || places > L.capacityMax) {
      found.capacity = `Enter the number of places as a whole number from 1 to ${L.capacityMax}`;
    }
    if (trainer.trim().length > L.trainerMax)
      found.trainer = `The trainer’s name must be ${L.trainerMax} characters or fewer`;
    if (Object.keys(found).length || 'errors' in times) {
      errors.showFieldErrors(found);
      return;
    }
    const input = {
      startsAt: times.startsAt.toISOString(),
      endsAt: times.endsAt.toISOString(),
      venue: venue.trim(),
      joiningInstructions: joiningInstructions.trim(),
      locality: locality.trim(),
      nation: nation as NationName,
      capacity: places,
      trainer: trainer.trim(),
    };
    try {
      if (session) await update({ variables: { input: { ...input, sessionId: session.id } } });
      else await create({ variables: { input: { ...input, courseId: course.id } } });
      const when = formatDate(times.startsAt);
      await navigate(editCourseHref(course.id), {
        state: session
          ? withFlash(
              `The session on ${when} has been changed`,
              'Everyone with a place and their managers have been emailed the new details.',
            )
          : withFlash(`A session on ${when} has been added`),
      });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <ManageFormPage
      title={session ? `Change the session on ${formatDate(session.startsAt)}` : 'Add a session'}
      caption={course.title}
      backTo={editCourseHref(course.id)}
      backText="Back to the course"
      errors={errors}
      fields={FIELDS}
      onSubmit={onSubmit}
      saving={createState.loading || updateState.loading}
      submitText={session ? 'Save changes' : 'Add session'}
    >
      {session && given > 0 ? (
        <InsetText>
          {given} place{given === 1 ? ' has' : 's have'} been given out. Everyone with a place and their line managers
          will be emailed the new details and an updated calendar entry.
        </InsetText>
      ) : null}
      <DatePartsInput
        id="startsAt"
        legend="Date"
        hint="For example, 16 6 2026"
        error={errors.fields.startsAt}
        parts={DATE_PARTS}
        value={date}
        onChange={setDate}
      />
      <DatePartsInput
        id="startTime"
        legend="Start time"
        hint="UK time, 24-hour clock. For example, 09 30"
        error={errors.fields.startTime}
        parts={TIME_PARTS}
        value={startTime}
        onChange={setStartTime}
      />
      <DatePartsInput
        id="endsAt"
        legend="End time"
        hint="For example, 12 30. The same day as it starts."
        error={errors.fields.endsAt}
        parts={TIME_PARTS}
        value={endTime}
        onChange={setEndTime}
      />
      <TextInput
        id="venue"
        label="Venue"
        labelClassName="govuk-label--s"
        hint="Its name and address."
        error={errors.fields.venue}
        value={venue}
        onChange={setVenue}
      />
      <Textarea
        id="joiningInstructions"
        label="Joining instructions (optional)"
        labelClassName="govuk-label--s"
        hint="How to get there and in: parking, entrance, who to ask for. Sent with every confirmation."
        error={errors.fields.joiningInstructions}
        value={joiningInstructions}
        onChange={setJoiningInstructions}
        rows={4}
      />
      <TextInput
        id="locality"
        label="Locality"
        labelClassName="govuk-label--s"
        hint="People who work in this locality are offered places first."
        error={errors.fields.locality}
        value={locality}
        onChange={setLocality}
        widthClassName="govuk-input--width-20"
      />
      <Radios
        idPrefix="nation"
        legend="Which nation is the venue in?"
        legendClassName="govuk-fieldset__legend--s"
        hint="Its bank holidays are not counted as working days for cancellations."
        error={errors.fields.nation}
        items={NATIONS.map((n) => ({ value: n, text: NATION_LABELS[n] }))}
        value={nation}
        onChange={setNation}
        small
      />
      <TextInput
        id="capacity"
        label="Places"
        labelClassName="govuk-label--s"
        hint={given > 0 ? `At least ${given}, the places already given out.` : `From 1 to ${L.capacityMax}.`}
        error={errors.fields.capacity}
        value={capacity}
        onChange={setCapacity}
        inputMode="numeric"
        widthClassName="govuk-input--width-3"
      />
      <TextInput
        id="trainer"
        label="Trainer (optional)"
        labelClassName="govuk-label--s"
        hint={
          course.trainer ? `Leave blank for the course’s own trainer, ${course.trainer}.` : 'Who runs this session.'
        }
        error={errors.fields.trainer}
        value={trainer}
        onChange={setTrainer}
        autoComplete="off"
      />
    </ManageFormPage>
  );
}

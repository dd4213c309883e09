import { useMutation, useQuery } from '@apollo/client/react';
import { OFFER_ACCEPT_HOURS_MAX, OFFER_ACCEPT_HOURS_MIN } from '@common-ground/shared';
import { type FormEvent, useState } from 'react';
import { mapApiError } from '../../../lib/errors';
import { Button, ErrorSummary, NotificationBanner, TextInput } from '../../../ui';
import { courseSettingsQuery, updateCourseSettingsMutation } from './operations';

const FIELD_ID = 'offer-accept-hours';
const RANGE = `Enter a whole number of hours from ${OFFER_ACCEPT_HOURS_MIN} to ${OFFER_ACCEPT_HOURS_MAX} (14 days)`;

/** What a person typed, as whole hours in range, or the message that says how to fix it. */
function readHours(text: string): { hours: number } | { problem: string } {
  const trimmed = text.trim();
  if (!trimmed) return { problem: 'Enter how many hours people have to accept a place offered' };
  const hours = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || hours < OFFER_ACCEPT_HOURS_MIN || hours > OFFER_ACCEPT_HOURS_MAX) {
    return { problem: RANGE };
  }
  return { hours };
}

/**
 * The waiting-list offer window a lead keeps on /courses/manage, as the myth-busters' review
 * age is kept: the hook holds the form's state so the page can put the error summary and
 * success banner above its heading, as GOV.UK places them.
 */
export function useOfferWindowSetting() {
  const { data } = useQuery(courseSettingsQuery);
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [save, saving] = useMutation(updateCourseSettingsMutation, {
    update(cache, { data: saved }) {
      if (saved) cache.writeQuery({ query: courseSettingsQuery, data: { courseSettings: saved.updateCourseSettings } });
    },
  });
  const current = data?.courseSettings.offerAcceptHours;

  const fail = (message: string) => {
    setDone(null);
    setProblem(message);
    setAttempt((n) => n + 1);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readHours(typed ?? String(current ?? ''));
    if ('problem' in read) {
      fail(read.problem);
      return;
    }
    try {
      await save({ variables: { input: { offerAcceptHours: read.hours } } });
      setProblem(null);
      setTyped(null);
      setDone(`People offered a place from the waiting list now have ${read.hours} hours to accept it`);
    } catch (error) {
      const mapped = mapApiError(error, ['offerAcceptHours']);
      fail(mapped.fields.offerAcceptHours ?? mapped.general[0] ?? 'The setting could not be saved. Try again.');
    }
  };
  return { current, typed, setTyped, problem, attempt, done, submit, saving: saving.loading };
}

type OfferWindowState = ReturnType<typeof useOfferWindowSetting>;

/** The error summary or success banner, for above the page's heading. */
export function OfferWindowNotices({ setting }: { setting: OfferWindowState }) {
  if (setting.problem) {
    return <ErrorSummary key={setting.attempt} errors={[{ text: setting.problem, href: `#${FIELD_ID}` }]} />;
  }
  return setting.done ? <NotificationBanner type="success" heading={setting.done} /> : null;
}

/** The form itself; nothing until the current setting has loaded. */
export function OfferWindowForm({ setting }: { setting: OfferWindowState }) {
  if (setting.current === undefined) return null;
  // The page is full width for its table; a form reads better at two-thirds, as GOV.UK sets them.
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <form noValidate onSubmit={(event) => void setting.submit(event)} aria-labelledby="offer-window-heading">
          <h2 className="govuk-heading-m" id="offer-window-heading">
            Waiting-list offers
          </h2>
          <TextInput
            id={FIELD_ID}
            label="Hours to accept"
            labelClassName="govuk-label--s"
            hint={`When someone gives up a place, the next person on the waiting list is offered it and has this many hours to accept, never past the session’s start. From ${OFFER_ACCEPT_HOURS_MIN} to ${OFFER_ACCEPT_HOURS_MAX} hours (14 days). Offers already made keep their deadline.`}
            inputMode="numeric"
            widthClassName="govuk-input--width-3"
            error={setting.problem ?? undefined}
            value={setting.typed ?? String(setting.current)}
            onChange={setting.setTyped}
          />
          <Button type="submit" variant="secondary" loading={setting.saving}>
            Save offer hours
          </Button>
        </form>
      </div>
    </div>
  );
}

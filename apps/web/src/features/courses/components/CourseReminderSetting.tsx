import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Button, Radios } from '../../../ui';
import { courseRemindersQuery, updateCourseRemindersMutation } from '../lifecycle-operations';

/**
 * Course reminders (a week and a day before a session the person has a place on), on or off,
 * beside their other email choices.
 */
export function CourseReminderSetting() {
  const { data } = useQuery(courseRemindersQuery);
  const current = data?.notificationSettings.courseReminders;
  if (current === undefined) return null;
  return <CourseReminderForm on={current} />;
}

function CourseReminderForm({ on }: { on: boolean }) {
  const [choice, setChoice] = useState(on ? 'yes' : 'no');
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading, error }] = useMutation(updateCourseRemindersMutation, {
    refetchQueries: [{ query: courseRemindersQuery }],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const result = await update({ variables: { on: choice === 'yes' } }).catch(() => null);
    if (result?.data) {
      setSaved(
        result.data.updateCourseReminders ? 'You will get course reminders' : 'You will not get course reminders',
      );
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Course reminders">
      {error ? <p className="govuk-error-message">Your choice could not be saved. Try again.</p> : null}
      <Radios
        idPrefix="course-reminders"
        legend="Do you want reminders before courses you have a place on?"
        legendClassName="govuk-fieldset__legend--m"
        hint="An email a week before and the day before, with the venue and joining instructions."
        value={choice}
        onChange={setChoice}
        items={[
          { value: 'yes', text: 'Yes, remind me' },
          { value: 'no', text: 'No reminders' },
        ]}
      />
      <p className="govuk-body" role="status">
        {saved}
      </p>
      <Button type="submit" variant="secondary" loading={loading}>
        Save reminder choice
      </Button>
    </form>
  );
}

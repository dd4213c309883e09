import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { withFlash } from '../../../app/flash';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { BackLink, Button, Radios } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { CourseReminderSetting } from '../../courses/components/CourseReminderSetting';
import { notificationSettingsQuery, updateNotificationSettingsMutation } from '../operations';

/** Turns the daily email of unread notifications on or off (emails about the account always go). */
export function EmailSettingsPage() {
  const { data, loading, error } = useQuery(notificationSettingsQuery);
  if (loading && !data) return <LoadingPage />;
  if (error || !data) return <SomethingWentWrong />;
  return <EmailSettingsForm digest={data.notificationSettings.emailDigest} />;
}

function EmailSettingsForm({ digest }: { digest: boolean }) {
  const navigate = useNavigate();
  const [choice, setChoice] = useState(digest ? 'yes' : 'no');
  const [update, { loading: saving, error }] = useMutation(updateNotificationSettingsMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const on = choice === 'yes';
    await update({ variables: { input: { emailDigest: on } } });
    await navigate('/profile', {
      state: withFlash(on ? 'You will get a daily email of notifications' : 'You will not get daily emails'),
    });
  };

  return (
    <Page title="Emails about notifications" beforeHeading={<BackLink to="/profile" text="Back to your profile" />}>
      {error ? <p className="govuk-error-message">Your choice could not be saved. Try again.</p> : null}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Radios
          idPrefix="email-digest"
          name="emailDigest"
          legend="Do you want a daily email when you have unread notifications?"
          legendClassName="govuk-fieldset__legend--m"
          hint="At most one email a day, listing what you have not read yet. Emails about your account are always sent."
          value={choice}
          onChange={setChoice}
          items={[
            { value: 'yes', text: 'Yes, email me once a day' },
            { value: 'no', text: 'No, I will check in the service' },
          ]}
        />
        <Button loading={saving}>Save</Button>
      </form>
      <CourseReminderSetting />
    </Page>
  );
}

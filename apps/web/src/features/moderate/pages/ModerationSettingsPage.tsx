import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Page } from '../../../app/Page';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, ErrorSummary, NotificationBanner, Textarea, TextInput } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { ModerationNav } from '../components/ModerationNav';
import { moderationSettingsQuery, updateModerationSettingsMutation } from '../operations';
import '../moderate.scss';

const FIELDS = ['flagThreshold', 'holdFirstPosts', 'reason'] as const;

/** Admins set how many reports hide a post, and how many of a person's first posts are held for review. */
export function ModerationSettingsPage() {
  const { data, error } = useQuery(moderationSettingsQuery, { fetchPolicy: 'network-only' });
  if (error && !data) return <SomethingWentWrong />;
  const settings = data?.moderationSettings;
  if (!settings) {
    return (
      <Page title="Moderation settings" caption="Moderation">
        <ModerationNav />
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  return <SettingsForm initial={settings} />;
}

/** The settings form, starting from the settings in force. */
function SettingsForm({ initial }: { initial: { flagThreshold: number; holdFirstPosts: number } }) {
  const [update, updating] = useMutation(updateModerationSettingsMutation);
  const [flagThreshold, setFlagThreshold] = useState(String(initial.flagThreshold));
  const [holdFirstPosts, setHoldFirstPosts] = useState(String(initial.holdFirstPosts));
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors([...FIELDS]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!/^\d+$/.test(flagThreshold) || Number(flagThreshold) < 1)
      fields.flagThreshold = 'Enter a whole number, 1 or more';
    if (!/^\d+$/.test(holdFirstPosts)) fields.holdFirstPosts = 'Enter a whole number, 0 or more';
    if (!reason.trim()) fields.reason = 'Give a reason';
    if (Object.keys(fields).length) {
      errors.showFieldErrors(fields);
      return;
    }
    try {
      await update({
        variables: {
          input: {
            flagThreshold: Number(flagThreshold),
            holdFirstPosts: Number(holdFirstPosts),
            reason: reason.trim(),
          },
        },
      });
      errors.clear();
      setReason('');
      setSaved(true);
    } catch (problem) {
      errors.showApiError(problem);
    }
  };

  const summary = [
    ...FIELDS.flatMap((field) =>
      errors.fields[field] ? [{ text: errors.fields[field] ?? '', href: `#${field}` }] : [],
    ),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <Page
      title="Moderation settings"
      caption="Moderation"
      error={errors.hasErrors}
      beforeHeading={summary.length ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
    >
      <ModerationNav />
      {saved ? <NotificationBanner type="success" heading="The settings have been saved." /> : null}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="flagThreshold"
          label="Reports that hide a post"
          hint="A post with this many open reports is hidden until a moderator reviews it."
          error={errors.fields.flagThreshold}
          value={flagThreshold}
          onChange={setFlagThreshold}
          inputMode="numeric"
          widthClassName="govuk-input--width-3"
        />
        <TextInput
          id="holdFirstPosts"
          label="First posts held for review"
          hint="Each person’s posts are held until this many of theirs have been published. Enter 0 to turn this off."
          error={errors.fields.holdFirstPosts}
          value={holdFirstPosts}
          onChange={setHoldFirstPosts}
          inputMode="numeric"
          widthClassName="govuk-input--width-3"
        />
        <Textarea
          id="reason"
          label="Reason for the change"
          hint="Recorded in the audit log."
          error={errors.fields.reason}
          value={reason}
          onChange={setReason}
          rows={2}
        />
        <Button type="submit" loading={updating.loading}>
          Save settings
        </Button>
      </form>
    </Page>
  );
}

import { WarningText } from '../../../ui';

/**
 * Shown before a scenario whose story may distress, so people can choose when to take it and
 * know where to find support (UX.md: content warnings and support signposting).
 */
export function ContentWarning({ text }: { text: string }) {
  return (
    <>
      <WarningText>{text}</WarningText>
      <p className="govuk-body">
        You can stop at any time and come back later: your place is saved. If the subject affects you, talk to your line
        manager or your organisation’s employee support service.
      </p>
    </>
  );
}

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, ButtonGroup, ErrorSummary, Textarea, WarningText } from '../../../ui';

export interface ReasonFormProps {
  /** Unique on the page: the textarea's id and the form's name. */
  id: string;
  /** What is being confirmed, as a question ("Hide this post?"). */
  question: string;
  /** What will happen, in a sentence. */
  warning?: string;
  label: string;
  hint?: string;
  confirmText: string;
  /** A warning (red) button for decisions that take something away. */
  destructive?: boolean;
  /** Runs the decision; a thrown API error is shown in the error summary. */
  onConfirm: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * The confirm step of every moderation decision: the question, what will happen, a
 * required reason (it goes to the audit log and to the person concerned), and the
 * confirm and cancel buttons. It takes focus when it opens, so keyboard and screen
 * reader users land on it.
 */
export function ReasonForm({
  id,
  question,
  warning,
  label,
  hint,
  confirmText,
  destructive = false,
  onConfirm,
  onCancel,
}: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(['reason']);
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      errors.showFieldErrors({ reason: 'Give a reason' });
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      errors.showApiError(error);
      setBusy(false);
    }
  };

  return (
    <form className="app-moderation-confirm" ref={ref} tabIndex={-1} noValidate onSubmit={(e) => void submit(e)}>
      {errors.hasErrors ? (
        <ErrorSummary
          key={errors.attempt}
          errors={[
            ...(errors.fields.reason ? [{ text: errors.fields.reason, href: `#${id}` }] : []),
            ...errors.general.map((text) => ({ text })),
          ]}
        />
      ) : null}
      <h3 className="govuk-heading-s">{question}</h3>
      {warning ? <WarningText>{warning}</WarningText> : null}
      <Textarea
        id={id}
        label={label}
        labelClassName="govuk-label--s"
        hint={hint}
        error={errors.fields.reason}
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <ButtonGroup>
        <Button type="submit" variant={destructive ? 'warning' : 'primary'} loading={busy}>
          {confirmText}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}

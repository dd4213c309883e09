import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, ButtonGroup } from '../../../ui';

export interface ConfirmDeleteProps {
  /** The button's words, such as "Delete scene"; `thing` is read after it by screen readers. */
  action: string;
  thing: string;
  /** What deleting will also do, shown before the editor confirms. */
  consequences?: ReactNode;
  onConfirm: () => void;
}

/**
 * A delete button that asks first, in place (UX.md: confirmation before destroying anything).
 * Focus moves to the question and back to the button on Cancel, so keyboard users keep their place.
 */
export function ConfirmDelete({ action, thing, consequences, onConfirm }: ConfirmDeleteProps) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returning.current) {
      returning.current = false;
      buttonRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        className="govuk-button govuk-button--warning"
        ref={buttonRef}
        onClick={() => setAsking(true)}
      >
        {action} <span className="govuk-visually-hidden">{thing}</span>
      </button>
    );
  }
  return (
    <div className="app-confirm">
      <p className="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={questionRef}>
        Are you sure you want to {action.toLowerCase()} {thing}?
      </p>
      {consequences ? <div className="govuk-body">{consequences}</div> : null}
      <ButtonGroup>
        <Button type="button" variant="warning" onClick={onConfirm}>
          Yes, {action.toLowerCase()}
        </Button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            returning.current = true;
            setAsking(false);
          }}
        >
          Cancel
        </button>
      </ButtonGroup>
    </div>
  );
}

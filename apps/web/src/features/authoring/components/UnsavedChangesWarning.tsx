import { useEffect, useId, useRef } from 'react';
import { Button, ButtonGroup } from '../../../ui';

export interface UnsavedChangesWarningProps {
  saving: boolean;
  onSaveAndLeave: () => void;
  onLeave: () => void;
  onStay: () => void;
}

/**
 * Asks what to do with unsaved changes when someone follows a link away from
 * the editor. Takes focus so keyboard and screen reader users meet it first.
 */
export function UnsavedChangesWarning({ saving, onSaveAndLeave, onLeave, onStay }: UnsavedChangesWarningProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="app-unsaved-warning" role="alertdialog" aria-labelledby={headingId} tabIndex={-1} ref={ref}>
      <h2 className="govuk-heading-m" id={headingId}>
        You have unsaved changes
      </h2>
      <p className="govuk-body">If you leave this page without saving, your changes will be lost.</p>
      <ButtonGroup>
        <Button type="button" loading={saving} onClick={onSaveAndLeave}>
          Save draft and leave
        </Button>
        <Button type="button" variant="warning" onClick={onLeave}>
          Leave without saving
        </Button>
        <Button type="button" variant="secondary" onClick={onStay}>
          Stay on this page
        </Button>
      </ButtonGroup>
    </div>
  );
}

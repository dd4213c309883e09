export interface ErrorMessageProps {
  id: string;
  message: string;
}

/** The red message by a field, with "Error:" for screen reader users. */
export function ErrorMessage({ id, message }: ErrorMessageProps) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

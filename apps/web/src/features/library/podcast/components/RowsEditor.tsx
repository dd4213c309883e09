import type { ReactNode } from 'react';

export interface RowsEditorProps<T> {
  legend: string;
  hint?: string;
  error?: string;
  rows: T[];
  /** What one row is called, e.g. "chapter", for button labels. */
  noun: string;
  empty: T;
  onChange: (rows: T[]) => void;
  /** The inputs of row `index` (1-based labels are the caller's). */
  renderRow: (row: T, index: number, update: (row: T) => void) => ReactNode;
}

/**
 * A GOV.UK "add another" list: each row's inputs, a Remove button naming the row, and an Add
 * button. Used for chapters and voices; the server checks the rows again.
 */
export function RowsEditor<T>({ legend, hint, error, rows, noun, empty, onChange, renderRow }: RowsEditorProps<T>) {
  const id = `${noun}-rows`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`} id={id}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p className="govuk-error-message" id={`${id}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        {rows.map((row, index) => (
          <div className="app-podcast-row" key={index}>
            {renderRow(row, index, (next) => onChange(rows.map((r, i) => (i === index ? next : r))))}
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              Remove {noun} {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onChange([...rows, empty])}
        >
          Add {rows.length ? `another ${noun}` : `a ${noun}`}
        </button>
      </fieldset>
    </div>
  );
}

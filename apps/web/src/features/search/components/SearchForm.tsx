import { type FormEvent, useId } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_PATH, searchHref } from '../paths';
import '../search.scss';

export interface SearchFormProps {
  /** The words to start with (the current search). */
  initial?: string;
  /** The label people hear and, unless `compact`, see. */
  label: string;
  /** The header's small form on black (label visually hidden) or the results page's own. */
  compact?: boolean;
  /** Shown under the label when the words were refused. */
  error?: string;
}

/**
 * A search box that is a plain GET form to /search?q=…, so it works before (or without)
 * JavaScript; with it, the app moves to the results page without reloading.
 */
export function SearchForm({ initial = '', label, compact = false, error }: SearchFormProps) {
  const navigate = useNavigate();
  const id = useId();
  const inputId = `${id}-q`;
  const errorId = `${id}-error`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    const words = typeof value === 'string' ? value.trim() : '';
    void navigate(words ? searchHref(words) : SEARCH_PATH);
  };
  const base = compact ? 'app-header-search' : 'app-search';
  return (
    <form method="get" action={SEARCH_PATH} role="search" aria-label={label} className={base} onSubmit={onSubmit}>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''} ${base}__group`}>
        <label className={compact ? 'govuk-visually-hidden' : 'govuk-label govuk-label--s'} htmlFor={inputId}>
          {label}
        </label>
        {error ? (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className={`${base}__row`}>
          <input
            id={inputId}
            className={`govuk-input ${base}__input${error ? ' govuk-input--error' : ''}`}
            type="search"
            name="q"
            defaultValue={initial}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={error ? errorId : undefined}
          />
          <button type="submit" className={`govuk-button ${base}__button`} data-module="govuk-button">
            Search
          </button>
        </div>
      </div>
    </form>
  );
}

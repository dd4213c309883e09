import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { LinkableContentKind } from '../../../../gql/graphql';
import { mapApiError, SERVICE_PROBLEM } from '../../../../lib/errors';
import { ErrorMessage } from '../../../../ui';
import { glossaryLinkingQuery, setGlossaryLinkingMutation } from '../operations';

const NOUNS: Record<LinkableContentKind, string> = { LESSON: 'lesson', BLOG_POST: 'blog post', FORUM_POST: 'post' };

/**
 * The editors' switch for glossary links in one piece of content: a GOV.UK checkbox that saves
 * as soon as it changes and says so politely (the text itself is never changed; readers see
 * terms as buttons with their definition and translations when it is on).
 */
export function GlossaryLinkingToggle({
  contentKind,
  contentId,
}: {
  contentKind: LinkableContentKind;
  contentId: string;
}) {
  const { data, loading } = useQuery(glossaryLinkingQuery, { variables: { contentKind, contentId } });
  const [save, saving] = useMutation(setGlossaryLinkingMutation);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (loading && !data) return null;
  const enabled = data?.glossaryLinking ?? true;
  const noun = NOUNS[contentKind];
  const onChange = async (next: boolean) => {
    try {
      setError(null);
      await save({
        variables: { input: { contentKind, contentId, enabled: next } },
        update: (cache, result) =>
          cache.writeQuery({
            query: glossaryLinkingQuery,
            variables: { contentKind, contentId },
            data: { glossaryLinking: result.data?.setGlossaryLinking ?? next },
          }),
      });
      setSaid(
        next ? `Glossary terms will be linked in this ${noun}.` : `Glossary terms will not be linked in this ${noun}.`,
      );
    } catch (caught) {
      setError(mapApiError(caught).general[0] ?? SERVICE_PROBLEM);
    }
  };
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {error ? <ErrorMessage id="glossary-linking-error" message={error} /> : null}
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="glossary-linking"
            type="checkbox"
            checked={enabled}
            disabled={saving.loading}
            aria-describedby="glossary-linking-hint"
            onChange={(event) => void onChange(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="glossary-linking">
            Link glossary terms in this {noun}
          </label>
          <div id="glossary-linking-hint" className="govuk-hint govuk-checkboxes__hint">
            The first time a glossary term appears, readers can open its meaning and translations. Saved as soon as you
            change it.
          </div>
        </div>
      </div>
      <p className="govuk-body-s" role="status">
        {said}
      </p>
    </div>
  );
}

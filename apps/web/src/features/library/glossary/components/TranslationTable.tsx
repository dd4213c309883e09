import type { GlossaryTermFieldsFragment } from '../../../../gql/graphql';
import { TranslationWord } from './Translation';

/**
 * A term's translations as a GOV.UK table: the language, the word in its own script
 * (with lang and dir), how to say it, and a recording to play when there is one.
 */
export function TranslationTable({ term }: { term: Pick<GlossaryTermFieldsFragment, 'term' | 'translations'> }) {
  if (term.translations.length === 0) {
    return <p className="govuk-body">This term has no translations yet.</p>;
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">“{term.term}” in other languages</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Language
          </th>
          <th scope="col" className="govuk-table__header">
            Word
          </th>
          <th scope="col" className="govuk-table__header">
            How to say it
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {term.translations.map((t) => (
          <tr key={t.languageCode} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {t.languageName}
            </th>
            <td className="govuk-table__cell">
              <TranslationWord languageCode={t.languageCode} direction={t.direction} text={t.text} />
            </td>
            <td className="govuk-table__cell">
              {t.pronunciation ?? <span className="govuk-visually-hidden">No hint</span>}
              {t.audioUrl ? (
                <audio controls preload="none" src={t.audioUrl} aria-label={`Hear “${t.text}” in ${t.languageName}`} />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

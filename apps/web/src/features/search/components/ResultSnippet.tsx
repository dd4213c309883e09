/**
 * A result's snippet: the API sends plain text in pieces, matched words at odd positions,
 * so the words are marked with <mark> and nothing in the text is ever read as HTML.
 */
export function ResultSnippet({ pieces }: { pieces: readonly string[] }) {
  if (!pieces.some((piece) => piece.trim())) return null;
  return (
    <p className="govuk-body govuk-!-margin-bottom-1 app-search-results__snippet">
      {pieces.map((piece, i) => (i % 2 === 1 ? <mark key={i}>{piece}</mark> : piece))}
    </p>
  );
}

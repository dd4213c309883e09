import '../learn.scss';

export interface ArticleBodyProps {
  /** HTML the API has sanitised against its allow-list (headings, paragraphs, lists, links, quotes, images). */
  html: string;
}

/**
 * An article's rich text with GOV.UK typography. Editors' HTML has no GOV.UK classes, so the
 * scoped `app-article` class in learn.scss styles its plain h2, h3, p, lists, links and quotes.
 */
export function ArticleBody({ html }: ArticleBodyProps) {
  // Safe only because the API sanitises article HTML against one allow-list before storing it.
  return <div className="govuk-body app-article" dangerouslySetInnerHTML={{ __html: html }} />;
}

import { useRef } from 'react';
import { useGlossaryPopovers } from '../hooks/useGlossaryPopovers';
import '../glossary.scss';

export interface GlossaryLinkedHtmlProps {
  /** Sanitised HTML from the API, with glossary terms already marked up by its linker. */
  html: string;
  className?: string;
}

/**
 * Rich text whose glossary terms open a pop-over with the definition and translations
 * (see useGlossaryPopovers). Safe only because the API sanitises the HTML and escapes
 * everything its linker adds.
 */
export function GlossaryLinkedHtml({ html, className = 'govuk-body app-article' }: GlossaryLinkedHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useGlossaryPopovers(ref, html);
  return <div ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

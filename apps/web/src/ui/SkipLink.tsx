import type { MouseEvent } from 'react';

export interface SkipLinkProps {
  href?: string;
  text?: string;
}

/**
 * Lets keyboard and screen reader users jump past the header. Focus moves to
 * the target without changing the URL, so the router does not treat it as a
 * new page.
 */
export function SkipLink({ href = '#main-content', text = 'Skip to main content' }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(href.replace(/^#/, ''));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
    target.scrollIntoView();
  };
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link" onClick={onClick}>
      {text}
    </a>
  );
}

import { useEffect, type RefObject } from 'react';

const TERM = 'button[data-glossary-term]';

function panelOf(button: Element): HTMLElement | null {
  const id = button.getAttribute('aria-controls');
  return id ? document.getElementById(id) : null;
}

function setOpen(button: Element, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  const panel = panelOf(button);
  if (panel) panel.hidden = !open;
}

/**
 * Makes the glossary linker's buttons inside `root` work as disclosures: Enter, Space or a
 * click shows the definition and translations (one at a time), pressing it again or
 * Escape (from the button or inside the panel) hides it, Escape returns focus to the button,
 * and a click elsewhere closes it. The markup comes from the API (ArticleBody.linkedHtml).
 */
export function useGlossaryPopovers(root: RefObject<HTMLElement | null>, html: string): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const openButtons = () => [...element.querySelectorAll(`${TERM}[aria-expanded="true"]`)];
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest(TERM);
      if (button && element.contains(button)) {
        const wasOpen = button.getAttribute('aria-expanded') === 'true';
        openButtons().forEach((b) => setOpen(b, false));
        setOpen(button, !wasOpen);
        return;
      }
      if (!target?.closest('.app-glossary__panel')) openButtons().forEach((b) => setOpen(b, false));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const target = event.target instanceof Element ? event.target : null;
      const holder = target?.closest('.app-glossary');
      const button = holder?.querySelector(TERM);
      if (!button || button.getAttribute('aria-expanded') !== 'true') return;
      event.preventDefault();
      setOpen(button, false);
      (button as HTMLElement).focus();
    };
    document.addEventListener('click', onClick);
    element.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('click', onClick);
      element.removeEventListener('keydown', onKeyDown);
    };
  }, [root, html]);
}

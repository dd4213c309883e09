import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  type: string;
  text: string;
  label: string;
}

/**
 * Presses Tab until the focused element matches, as a keyboard user would move through
 * the page; fails if it is never reached (so nothing is operable only by mouse).
 */
export async function tabTo(page: Page, matches: (el: Focused) => boolean, max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate((): Focused => {
      const active = document.activeElement as HTMLElement | null;
      const input = active as HTMLInputElement | null;
      const label = active?.id ? (document.querySelector(`label[for="${active.id}"]`)?.textContent ?? '') : '';
      return {
        tag: active?.tagName ?? '',
        type: input?.type ?? '',
        text: (active?.innerText ?? '').trim(),
        label: label.trim(),
      };
    });
    if (matches(el)) return el;
  }
  throw new Error('Could not reach the element with the Tab key');
}

export const isButton = (name: string | RegExp) => (el: Focused) =>
  (el.tag === 'BUTTON' || el.tag === 'A') && (typeof name === 'string' ? el.text === name : name.test(el.text));

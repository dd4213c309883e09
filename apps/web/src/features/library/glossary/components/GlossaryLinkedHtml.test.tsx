import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GlossaryLinkedHtml } from './GlossaryLinkedHtml';

/** A term as the API's linker marks it up (see glossary-linker.ts). */
const linked = (slug: string, word: string, definition: string) =>
  `<span class="app-glossary"><button type="button" class="app-glossary__term" aria-expanded="false" aria-controls="g-${slug}" data-glossary-term="${slug}">${word}</button>` +
  `<span class="app-glossary__panel" id="g-${slug}" role="group" aria-label="${word}: glossary" hidden>` +
  `<span class="app-glossary__title">${word}</span><span class="app-glossary__definition">${definition}</span>` +
  `<span class="app-glossary__translation">Arabic: <span lang="ar" dir="rtl">مترجم</span></span>` +
  `<a class="govuk-link" href="/library/glossary/terms/${slug}">More about ${word}</a></span></span>`;

const HTML = `<p>Book an ${linked('interpreter', 'interpreter', 'Someone who says it in another language.')} and ask the ${linked('landlord', 'landlord', 'The owner of the home.')}.</p><p>After the text.</p>`;

describe('GlossaryLinkedHtml', () => {
  it('opens a term’s pop-over from the keyboard and closes it with Escape, returning focus to the term', async () => {
    const user = userEvent.setup();
    render(<GlossaryLinkedHtml html={HTML} />);
    const term = screen.getByRole('button', { name: 'interpreter' });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'interpreter: glossary' })).toBeNull();

    await user.tab();
    expect(term).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(term).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'interpreter: glossary' });
    expect(panel).toHaveTextContent('Someone who says it in another language.');

    // Tab into the panel's link, then Escape: closed, and focus back on the term.
    await user.tab();
    expect(screen.getByRole('link', { name: 'More about interpreter' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'interpreter: glossary' })).toBeNull();
    expect(term).toHaveFocus();

    // Space toggles too.
    await user.keyboard(' ');
    expect(term).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(term).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows one pop-over at a time and closes it on a click elsewhere', async () => {
    const user = userEvent.setup();
    render(<GlossaryLinkedHtml html={HTML} />);
    const interpreter = screen.getByRole('button', { name: 'interpreter' });
    const landlord = screen.getByRole('button', { name: 'landlord' });
    await user.click(interpreter);
    await user.click(landlord);
    expect(interpreter).toHaveAttribute('aria-expanded', 'false');
    expect(landlord).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('After the text.'));
    expect(landlord).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the right-to-left translation marked with its language and direction', async () => {
    const user = userEvent.setup();
    render(<GlossaryLinkedHtml html={HTML} />);
    await user.click(screen.getByRole('button', { name: 'interpreter' }));
    const word = screen.getByRole('group', { name: 'interpreter: glossary' }).querySelector('[lang="ar"]');
    expect(word).toHaveAttribute('dir', 'rtl');
    expect(word).toHaveTextContent('مترجم');
  });
});

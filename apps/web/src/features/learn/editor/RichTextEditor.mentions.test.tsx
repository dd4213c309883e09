import '../testing/layoutPolyfill';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { MentionCandidate, MentionSearch } from './mentions';
import { RichTextEditor } from './RichTextEditor';

const AMARA = 'a1b2c3d4-0000-4000-8000-000000000001';
const AMIR = 'a1b2c3d4-0000-4000-8000-000000000002';
const colleagues: MentionCandidate[] = [
  { id: AMARA, name: 'Amara Osei', detail: 'Housing officer, Fenmouth Council' },
  { id: AMIR, name: 'Amir Haddad', detail: 'Interpreter coordinator, Riverside NHS Trust' },
];

function Harness({ search, initial = '' }: { search: MentionSearch; initial?: string }) {
  const [html, setHtml] = useState(initial);
  return (
    <>
      <RichTextEditor id="reply" label="Your reply" value={html} onChange={setHtml} mentions={search} />
      <output data-testid="html">{html}</output>
    </>
  );
}

const byName: MentionSearch = (text) =>
  Promise.resolve(colleagues.filter((c) => c.name.toLowerCase().includes(text.toLowerCase())));

describe('RichTextEditor mentions', () => {
  it('offers colleagues after @ in a listbox the text box points at, announced, moved through with Up and Down', async () => {
    const user = userEvent.setup();
    const search = vi.fn(byName);
    render(<Harness search={search} />);
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    await user.click(box);
    await user.keyboard('Thanks @am');

    const list = await screen.findByRole('listbox', { name: 'Colleagues to mention' });
    expect(search).toHaveBeenLastCalledWith('am');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Amara Osei, Housing officer, Fenmouth Council',
      'Amir Haddad, Interpreter coordinator, Riverside NHS Trust',
    ]);
    // TipTap applies the text box's attributes when it takes the editor's options after a
    // render, so they may follow the list by a tick on a busy machine.
    await waitFor(() => expect(box).toHaveAttribute('aria-controls', list.id));
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[0].id));
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(/2 colleagues found/)).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[1].id));
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[0].id));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[1].id));
    expect(box).toHaveFocus();
  });

  it('mentions the chosen colleague with Enter, as the span the server keeps', async () => {
    const user = userEvent.setup();
    render(<Harness search={byName} />);
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    await user.click(box);
    await user.keyboard('Ask @amir');
    await screen.findByRole('option', { name: /Amir Haddad/ });
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(screen.getByTestId('html')).toHaveTextContent(
      `<p>Ask <span data-type="mention" data-id="${AMIR}">@Amir Haddad</span> </p>`,
    );
    expect(box).not.toHaveAttribute('aria-activedescendant');
  });

  it('closes the list with Escape, leaving the typed text, and says when nobody matches', async () => {
    const user = userEvent.setup();
    render(<Harness search={byName} />);
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    await user.click(box);
    await user.keyboard('@am');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(screen.getByTestId('html')).toHaveTextContent('<p>@am</p>');

    await user.keyboard(' @zz');
    expect(await screen.findByText('No colleagues found for “zz”.')).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('keeps mentions in a saved post when it is edited', async () => {
    const user = userEvent.setup();
    render(
      <Harness search={byName} initial={`<p>Hi <span data-type="mention" data-id="${AMARA}">@Amara Osei</span></p>`} />,
    );
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    await user.click(box);
    await user.keyboard('!');
    expect(screen.getByTestId('html')).toHaveTextContent(
      // jsdom puts the caret at the start; what matters is that the mention comes back intact.
      `<p>!Hi <span data-type="mention" data-id="${AMARA}">@Amara Osei</span></p>`,
    );
  });
});

import '../testing/layoutPolyfill';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RichTextEditor } from './RichTextEditor';

function Harness({ initial = '', onChange }: { initial?: string; onChange?: (html: string) => void }) {
  const [html, setHtml] = useState(initial);
  return (
    <>
      <RichTextEditor
        id="narrative"
        label="What happens"
        hint="Write in plain English."
        value={html}
        onChange={(next) => {
          setHtml(next);
          onChange?.(next);
        }}
      />
      <output data-testid="html">{html}</output>
    </>
  );
}

describe('RichTextEditor', () => {
  it('is a labelled, described text box', async () => {
    render(<Harness />);
    const box = await screen.findByRole('textbox', { name: 'What happens' });
    expect(box).toHaveAttribute('aria-multiline', 'true');
    expect(box).toHaveAccessibleDescription('Write in plain English.');
  });

  it('turns typing into HTML', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.click(await screen.findByRole('textbox', { name: 'What happens' }));
    await user.keyboard('Mihai arrives');
    expect(screen.getByTestId('html')).toHaveTextContent('<p>Mihai arrives</p>');
    expect(onChange).toHaveBeenLastCalledWith('<p>Mihai arrives</p>');
  });

  it('formats with toolbar buttons that say whether they are on', async () => {
    const user = userEvent.setup();
    render(<Harness initial="<p>Mihai arrives</p>" />);
    const box = await screen.findByRole('textbox', { name: 'What happens' });
    await user.click(box);
    const heading = screen.getByRole('button', { name: 'Heading' });
    expect(heading).toHaveAttribute('aria-pressed', 'false');
    await user.click(heading);
    expect(screen.getByTestId('html')).toHaveTextContent('<h2>Mihai arrives</h2>');
    expect(heading).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Heading' }));
    await user.click(screen.getByRole('button', { name: 'Bulleted list' }));
    expect(screen.getByTestId('html')).toHaveTextContent('<ul><li><p>Mihai arrives</p></li></ul>');
    expect(screen.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');
    expect(heading).toHaveAttribute('aria-pressed', 'false');
  });

  it('makes bold text from the keyboard and the toolbar', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(await screen.findByRole('textbox', { name: 'What happens' }));
    await user.click(screen.getByRole('button', { name: 'Bold' }));
    await user.keyboard('Stop');
    expect(screen.getByTestId('html')).toHaveTextContent('<p><strong>Stop</strong></p>');
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('adds a link through a labelled field and checks the address', async () => {
    const user = userEvent.setup();
    render(<Harness initial="<p>guidance</p>" />);
    await user.click(await screen.findByRole('textbox', { name: 'What happens' }));
    await user.keyboard('{Control>}a{/Control}');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByLabelText('Link address');
    await user.type(address, 'example');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    expect(screen.getByText(/Enter a web address starting https:/)).toBeInTheDocument();
    await user.clear(address);
    await user.type(address, 'https://example.org');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    expect(screen.getByTestId('html').textContent).toMatch(/<a [^>]*href="https:\/\/example.org"[^>]*>guidance<\/a>/);
  });

  it('loads new content given from outside', async () => {
    const { rerender } = render(<RichTextEditor id="n" label="Story" value="<p>One</p>" onChange={() => undefined} />);
    expect(await screen.findByText('One')).toBeInTheDocument();
    rerender(<RichTextEditor id="n" label="Story" value="<p>Two</p>" onChange={() => undefined} />);
    expect(await screen.findByText('Two')).toBeInTheDocument();
  });
});

import { isBlankRichText, sanitiseRichText } from './rich-text.sanitiser';

const MEDIA = '/api/media/0b7c3c1e-6f1a-4c57-9b0a-3f1f1c2d9e11';

describe('sanitiseRichText', () => {
  it('keeps headings h2–h4, paragraphs, lists, emphasis, tables with scope and quotes', () => {
    const html =
      '<h2>A</h2><h3>B</h3><h4>C</h4><p><strong>s</strong> <em>e</em></p><ul><li>1</li></ul><ol><li>2</li></ol>' +
      '<table><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td>D</td></tr></tbody></table><blockquote>Q</blockquote>';
    expect(sanitiseRichText(html)).toBe(html);
  });

  it('turns h1, h5 and unknown tags into their text', () => {
    expect(sanitiseRichText('<h1>Title</h1><h5>x</h5><span>y</span><div>z</div>')).toBe('Titlexyz');
  });

  it('removes scripts, styles, iframes and their content, and every event handler and style attribute', () => {
    const out = sanitiseRichText(
      '<p onclick="x()" style="color:red">Hi</p><script>alert(1)</script><style>p{}</style><iframe src="https://e.vil">in</iframe>',
    );
    expect(out).toBe('<p>Hi</p>');
  });

  it('allows http, https, mailto and relative links, forcing rel="noopener noreferrer"', () => {
    expect(sanitiseRichText('<a href="https://gov.uk" rel="opener" target="_blank">g</a>')).toBe(
      '<a href="https://gov.uk" rel="noopener noreferrer">g</a>',
    );
    expect(sanitiseRichText('<a href="mailto:a@b.example">m</a>')).toContain('href="mailto:a@b.example"');
    expect(sanitiseRichText('<a href="/learn/x">r</a>')).toContain('href="/learn/x"');
    expect(sanitiseRichText('<a href="javascript:alert(1)">j</a>')).toBe('<a rel="noopener noreferrer">j</a>');
    expect(sanitiseRichText('<a href="data:text/html,x">d</a>')).not.toContain('data:');
    expect(sanitiseRichText('<a href="//evil.example/x">p</a>')).not.toContain('evil');
  });

  it('keeps images and audio only from our own media route, keeping alt and forcing controls', () => {
    expect(sanitiseRichText(`<img src="${MEDIA}" alt="A desk" width="5">`)).toBe(`<img src="${MEDIA}" alt="A desk" />`);
    expect(sanitiseRichText(`<img src="${MEDIA}">`)).toBe(`<img src="${MEDIA}" alt="" />`);
    expect(sanitiseRichText('<img src="https://evil.example/x.png" alt="x">')).toBe('');
    expect(sanitiseRichText('<img src="/api/media/../../etc/passwd" alt="x">')).toBe('');
    expect(sanitiseRichText(`<audio src="${MEDIA}" autoplay></audio>`)).toBe(`<audio src="${MEDIA}" controls></audio>`);
    expect(sanitiseRichText('<audio src="https://evil.example/a.mp3"></audio>')).toBe('');
  });

  it('keeps lang and well-formed dir everywhere, nothing else', () => {
    expect(sanitiseRichText('<p lang="pl" dir="ltr" class="x" id="y">Dzień dobry</p>')).toBe(
      '<p lang="pl" dir="ltr">Dzień dobry</p>',
    );
    expect(sanitiseRichText('<p dir="sideways">x</p>')).toBe('<p>x</p>');
    expect(sanitiseRichText('<th scope="everything">x</th>')).not.toContain('scope');
  });

  it('keeps a mention of a person as exactly data-type="mention" and a uuid data-id, and nothing else', () => {
    const id = '6f1c2d9e-0b7c-4c57-9b0a-3f1f1c2d9e11';
    expect(sanitiseRichText(`<p>Hi <span data-type="mention" data-id="${id}">@Amina Patel</span></p>`)).toBe(
      `<p>Hi <span data-type="mention" data-id="${id}">@Amina Patel</span></p>`,
    );
    expect(
      sanitiseRichText(
        `<span data-type="mention" data-id="${id.toUpperCase()}" data-label="x" class="mention" onclick="alert(1)" style="color:red" lang="en" href="javascript:x">@A</span>`,
      ),
    ).toBe(`<span data-type="mention" data-id="${id}">@A</span>`);
  });

  it('keeps only the text of a mention whose id is not a uuid, and of any other span', () => {
    expect(sanitiseRichText('<span data-type="mention" data-id="1 OR 1=1">@Someone</span>')).toBe('@Someone');
    expect(sanitiseRichText('<span data-type="mention" data-id="javascript:alert(1)">@x</span>')).toBe('@x');
    expect(sanitiseRichText('<span data-type="mention">@nobody</span>')).toBe('@nobody');
    expect(sanitiseRichText('<span data-type="link" data-id="6f1c2d9e-0b7c-4c57-9b0a-3f1f1c2d9e11">t</span>')).toBe(
      't',
    );
    expect(
      sanitiseRichText('<span data-type="mention" data-id="6f1c2d9e-0b7c-4c57-9b0a-3f1f1c2d9e11x">@y</span>'),
    ).toBe('@y');
    expect(
      sanitiseRichText(
        '<span data-type="mention" data-id="6f1c2d9e-0b7c-4c57-9b0a-3f1f1c2d9e11"><script>alert(1)</script>@z</span>',
      ),
    ).toBe('<span data-type="mention" data-id="6f1c2d9e-0b7c-4c57-9b0a-3f1f1c2d9e11">@z</span>');
  });

  it('knows when nothing has been written', () => {
    expect(isBlankRichText('<p> </p>')).toBe(true);
    expect(isBlankRichText('<p>x</p>')).toBe(false);
    expect(isBlankRichText(`<img src="${MEDIA}" alt="">`)).toBe(false);
  });
});

import { glossarySlug } from '@common-ground/shared';
import { buildMatcher, linkGlossaryTerms, type LinkableTerm } from './glossary-linker';

const term = (name: string, overrides: Partial<LinkableTerm> = {}): LinkableTerm => ({
  slug: glossarySlug(name),
  term: name,
  definition: `About ${name}.`,
  translations: [],
  ...overrides,
});

const buttons = (html: string) =>
  [...html.matchAll(/data-glossary-term="([^"]+)">([^<]*)<\/button>/g)].map((m) => [m[1], m[2]]);

describe('glossary linker', () => {
  const matcher = buildMatcher([
    term('Council tax'),
    term('Council tax reduction'),
    term('GP'),
    term('Świadczenie'),
    term('Interpreter', {
      translations: [
        { languageCode: 'ar', languageName: 'Arabic', text: 'مترجم', pronunciation: 'mutarjim' },
        { languageCode: 'pl', languageName: 'Polish', text: 'tłumacz', pronunciation: null },
      ],
    }),
  ]);

  it('links the first occurrence of each term only, keeping the words as written', () => {
    const html = '<p>Ask a GP. Then ask the gp again.</p><p>A gp said so.</p>';
    const out = linkGlossaryTerms(html, matcher);
    expect(buttons(out)).toEqual([['gp', 'GP']]);
    expect(out).toContain('Then ask the gp again.</p><p>A gp said so.</p>');
  });

  it('matches whole words only, in any case and any script, preferring the longest term', () => {
    const out = linkGlossaryTerms(
      '<p>GPS and GPs are not GP-led. COUNCIL TAX REDUCTION helps. ŚWIADCZENIE, świadczenia.</p>',
      matcher,
    );
    expect(buttons(out)).toEqual([
      ['gp', 'GP'],
      ['council-tax-reduction', 'COUNCIL TAX REDUCTION'],
      ['swiadczenie', 'ŚWIADCZENIE'],
    ]);
    expect(out).toContain('GPS and GPs are not ');
  });

  it('never links inside links, headings or other buttons, and leaves the rest of the HTML as it was', () => {
    const html = '<h2>Council tax</h2><p><a href="/x">council tax</a> and <strong>council tax</strong> &amp; more</p>';
    const out = linkGlossaryTerms(html, matcher);
    expect(out.startsWith('<h2>Council tax</h2><p><a href="/x">council tax</a> and <strong>')).toBe(true);
    expect(buttons(out)).toEqual([['council-tax', 'council tax']]);
    expect(out).toContain('</strong> &amp; more</p>');
  });

  it('returns the input unchanged when nothing matches or no terms exist', () => {
    const html = '<p>Nothing to see &lt;here&gt; &#39;at all&#39;</p>';
    expect(linkGlossaryTerms(html, matcher)).toBe(html);
    expect(linkGlossaryTerms('<p>GP</p>', buildMatcher([]))).toBe('<p>GP</p>');
  });

  it('shows translations with their language and direction, and escapes everything it adds', () => {
    const hostile = buildMatcher([
      term('Interpreter', {
        definition: '<img src=x onerror=alert(1)>',
        translations: [
          { languageCode: 'ar', languageName: '<b>Arabic</b>', text: 'مترجم"><script>', pronunciation: null },
        ],
      }),
    ]);
    const out = linkGlossaryTerms('<p>Book an interpreter.</p>', hostile, 'glossary-abc');
    expect(out).toContain('aria-controls="glossary-abc-interpreter"');
    expect(out).toContain('id="glossary-abc-interpreter"');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<span lang="ar" dir="rtl">مترجم&quot;&gt;&lt;script&gt;</span>');
    expect(out).not.toMatch(/<img|<script|<b>/);
    const polish = linkGlossaryTerms('<p>An interpreter.</p>', matcher);
    expect(polish).toContain('<span lang="pl" dir="ltr">tłumacz</span>');
    expect(polish).toContain('(mutarjim)');
  });

  it('reads entities in text so a term next to one is still found, and re-escapes the text', () => {
    const out = linkGlossaryTerms('<p>Tom &amp; Jerry&#39;s GP &lt;3</p>', matcher);
    expect(buttons(out)).toEqual([['gp', 'GP']]);
    expect(out).toContain('Tom &amp; Jerry&#39;s ');
    expect(out).toContain(' &lt;3</p>');
  });
});

import { xmlEscape } from '../blog/blog-feed';

describe('xmlEscape', () => {
  it('escapes markup and quotes, drops characters XML forbids, and keeps every other character', () => {
    expect(xmlEscape(`<a href="x">Tom & 'Ana'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Ana&apos;&lt;/a&gt;',
    );
    expect(xmlEscape('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(xmlEscape('tab\tnew\nline\rłódź صندوق 🎧')).toBe('tab\tnew\nline\rłódź صندوق 🎧');
  });
});

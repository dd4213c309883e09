import { plainText, readingMinutes, slugFromTitle, wordCount } from './content-text';

describe('content text', () => {
  it('counts words in the text, not the markup, with paragraphs kept apart', () => {
    expect(plainText('<h2>Home</h2><p>Visit <strong>one</strong></p><p>two</p>')).toBe('Home Visit one two');
    expect(wordCount('<p>Tłumacz ustny <em>pomógł</em> nam</p>')).toBe(4);
    expect(wordCount('<p></p>')).toBe(0);
  });

  it('gives at least a minute to read, rounding up', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
  });

  it('makes web addresses from titles in any language', () => {
    expect(slugFromTitle('What a Łódź interpreter taught me!')).toBe('what-a-odz-interpreter-taught-me');
    expect(slugFromTitle('اللغة')).toBe('item');
  });
});

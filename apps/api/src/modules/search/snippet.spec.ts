import { MATCH_END, MATCH_START, snippetPieces } from './snippet';

const marked = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe('snippetPieces', () => {
  it('alternates plain and matched text, starting with plain text', () => {
    expect(snippetPieces(`Book an ${marked('interpreter')} before the ${marked('visit')}.`)).toEqual([
      'Book an ',
      'interpreter',
      ' before the ',
      'visit',
      '.',
    ]);
    expect(snippetPieces(`${marked('Łódź')} office`)).toEqual(['', 'Łódź', ' office']);
  });

  it('keeps HTML-looking text as text and ignores stray markers', () => {
    expect(snippetPieces(`<b>x</b>${MATCH_END} ${marked('&amp;')}`)).toEqual(['<b>x</b> ', '&amp;']);
    expect(snippetPieces('no match here')).toEqual(['no match here']);
  });

  it('stops cutting after the most pieces a snippet has', () => {
    const pieces = snippetPieces(Array.from({ length: 60 }, () => marked('a')).join(' '));
    expect(pieces).toHaveLength(41);
    expect(pieces.join('')).toBe(Array.from({ length: 60 }, () => 'a').join(' '));
  });
});

import { containsWord, normaliseWord, screenWords, textOfSanitisedHtml } from './watched-words';

describe('watched words', () => {
  it('match whole words in any case, never inside another word', () => {
    expect(containsWord('Please stop the SPAM now', 'spam')).toBe(true);
    expect(containsWord('spam.', 'spam')).toBe(true);
    expect(containsWord('spammer and antispam', 'spam')).toBe(false);
    expect(containsWord('ass', 'class')).toBe(false);
    expect(containsWord('a classic case', 'class')).toBe(false);
  });

  it('match across scripts: accented, Cyrillic and decomposed letters', () => {
    expect(containsWord('To jest ŻART, prawda?', normaliseWord('żart'))).toBe(true);
    expect(containsWord('żartobliwy', normaliseWord('żart'))).toBe(false);
    expect(containsWord('Это ДУРАК!', normaliseWord('дурак'))).toBe(true);
    expect(containsWord('дураки', normaliseWord('дурак'))).toBe(false);
    // "café" written with a combining accent still matches "café"; "cafe" does not match "café".
    expect(containsWord('the cafe\u0301 round the corner', normaliseWord('café'))).toBe(true);
    expect(containsWord('the café', normaliseWord('cafe'))).toBe(false);
  });

  it('read the text of sanitised HTML: paragraphs never join, entities decode', () => {
    expect(textOfSanitisedHtml('<p>fish</p><p>cake &amp; tea</p>')).toBe(' fish  cake & tea ');
    expect(containsWord(textOfSanitisedHtml('<p>fish</p><p>cake</p>'), 'fishcake')).toBe(false);
  });

  it('screen a post: the first blocking word, any hold, each flag word once', () => {
    const words = [
      { word: 'banned', action: 'BLOCK' as const },
      { word: 'review me', action: 'HOLD' as const },
      { word: 'dodgy', action: 'FLAG' as const },
    ];
    expect(screenWords('<p>A dodgy <em>dodgy</em> idea, review  \n me</p>', words)).toEqual({
      blocked: null,
      hold: true,
      flagged: ['dodgy'],
    });
    expect(screenWords('<p>Review, it is banned</p>', words)).toEqual({
      blocked: 'banned',
      hold: false,
      flagged: [],
    });
  });
});

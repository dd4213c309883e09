import { checkThreadTags, normaliseTag, splitTagList } from './tags';

describe('thread tags', () => {
  it('normalises case and whitespace, and drops blanks and repeats', () => {
    expect(normaliseTag('  Council   Tax ')).toBe('council tax');
    expect(checkThreadTags(splitTagList('Council tax, BSL,, council TAX , '))).toEqual({
      tags: ['council tax', 'bsl'],
    });
    expect(checkThreadTags(['Język polski', 'اللغة', 'year-2'])).toEqual({ tags: ['język polski', 'اللغة', 'year-2'] });
  });

  it('refuses markup, more than five tags and tags over 30 characters', () => {
    expect(checkThreadTags(['<script>alert(1)</script>'])).toEqual({ problem: 'BAD_CHARACTERS' });
    expect(checkThreadTags(['a"b'])).toEqual({ problem: 'BAD_CHARACTERS' });
    expect(checkThreadTags(['-leading'])).toEqual({ problem: 'BAD_CHARACTERS' });
    expect(checkThreadTags(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual({ problem: 'TOO_MANY' });
    expect(checkThreadTags(['a', 'b', 'c', 'd', 'e', 'A'])).toEqual({ tags: ['a', 'b', 'c', 'd', 'e'] });
    expect(checkThreadTags(['x'.repeat(31)])).toEqual({ problem: 'TOO_LONG' });
    expect(checkThreadTags(['x'.repeat(30)])).toEqual({ tags: ['x'.repeat(30)] });
  });
});

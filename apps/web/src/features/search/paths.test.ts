import { describe, expect, it } from 'vitest';
import { resultHref, searchHref } from './paths';

describe('search paths', () => {
  it('opens each kind of result where it lives', () => {
    expect(resultHref({ id: 'm1', kind: 'MODULE', slug: 'social-cohesion' })).toBe('/learn/social-cohesion');
    expect(resultHref({ id: 'l1', kind: 'LESSON', slug: 'social-cohesion' })).toBe('/learn/social-cohesion/lessons/l1');
    expect(resultHref({ id: 't1', kind: 'FORUM_THREAD', threadId: 't1' })).toBe('/discuss/threads/t1');
    expect(resultHref({ id: 'p1', kind: 'FORUM_POST', threadId: 't1', postSeq: 4 })).toBe('/discuss/threads/t1?seq=4');
    expect(resultHref({ id: 'b1', kind: 'BLOG_POST', slug: 'home-visits' })).toBe('/library/blog/home-visits');
    expect(resultHref({ id: 'g1', kind: 'GLOSSARY_TERM', slug: 'interpreter' })).toBe(
      '/library/glossary/terms/interpreter',
    );
    expect(resultHref({ id: 'f1', kind: 'FAQ', slug: 'who-pays' })).toBe('/library/faqs/who-pays');
    expect(resultHref({ id: 'y1', kind: 'MYTH', slug: 'jumping-the-queue' })).toBe('/library/myths/jumping-the-queue');
    expect(resultHref({ id: 'e1', kind: 'PODCAST_EPISODE', slug: 'first-day' })).toBe(
      '/library/podcasts/episodes/first-day',
    );
    expect(
      resultHref({
        id: 'p2',
        kind: 'LESSON_POST',
        slug: 'social-cohesion',
        homeId: 'l1',
        homeKind: 'LESSON',
        postSeq: 2,
      }),
    ).toBe('/learn/social-cohesion/lessons/l1?seq=2#discussion-heading');
    expect(resultHref({ id: 'c1', kind: 'COMMENT', slug: 'home-visits', homeKind: 'BLOG_POST', postSeq: 1 })).toBe(
      '/library/blog/home-visits#comments-heading',
    );
  });

  it('keeps the words and the kind in the address', () => {
    expect(searchHref('Łódź & co')).toBe('/search?q=%C5%81%C3%B3d%C5%BA+%26+co');
    expect(searchHref('tax', 'FAQ')).toBe('/search?q=tax&kind=FAQ');
  });
});

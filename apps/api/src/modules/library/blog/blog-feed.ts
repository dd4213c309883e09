import type { BlogPostRecord } from './blog.service';

/** Escapes text for XML character data and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .split('')
    .filter(isXmlChar)
    .join('');
}

/** XML 1.0 forbids most control characters even when escaped: they are dropped. */
function isXmlChar(char: string): boolean {
  const c = char.charCodeAt(0);
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c !== 0xfffe && c !== 0xffff);
}

export interface FeedPost {
  record: BlogPostRecord;
  authorName: string | null;
  organisationName: string | null;
}

/**
 * An RSS 2.0 document of public blog posts. Every text is escaped (titles and names are plain
 * text; the body, already sanitised HTML, travels escaped in content:encoded, as RSS readers
 * expect); links are absolute under the service's public address.
 */
export function blogFeedXml(publicUrl: string, posts: FeedPost[], builtAt: Date): string {
  const link = `${publicUrl}/library/blog`;
  const items = posts.map(({ record: { item, blog }, authorName, organisationName }) => {
    const url = `${link}/${encodeURIComponent(item.slug)}`;
    const byline = [authorName, organisationName].filter(Boolean).join(', ');
    return [
      '<item>',
      `<title>${xmlEscape(item.title)}</title>`,
      `<link>${xmlEscape(url)}</link>`,
      `<guid isPermaLink="false">urn:uuid:${item.id}</guid>`,
      `<pubDate>${(item.publishedAt ?? item.updatedAt).toUTCString()}</pubDate>`,
      byline ? `<dc:creator>${xmlEscape(byline)}</dc:creator>` : '',
      ...blog.tags.map((tag) => `<category>${xmlEscape(tag)}</category>`),
      `<description>${xmlEscape(item.summary)}</description>`,
      `<content:encoded>${xmlEscape(item.body)}</content:encoded>`,
      '</item>',
    ]
      .filter(Boolean)
      .join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    '<title>Common Ground blog</title>',
    `<link>${xmlEscape(link)}</link>`,
    `<atom:link href="${xmlEscape(`${publicUrl}/api/feeds/blog.xml`)}" rel="self" type="application/rss+xml"/>`,
    '<description>Front-line public-sector staff share what they have learned in practice.</description>',
    '<language>en-gb</language>',
    `<lastBuildDate>${builtAt.toUTCString()}</lastBuildDate>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

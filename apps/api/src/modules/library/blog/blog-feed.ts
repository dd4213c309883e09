import type { BlogPostRecord } from './blog.service';

/** Characters XML 1.0 forbids even when escaped (most control characters, U+FFFE, U+FFFF): dropped. */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML character data and attribute values. Two regular-expression passes
 * rather than a pass per character: feeds escape every title, summary and body they carry.
 */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITY[c]);
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

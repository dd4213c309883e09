/**
 * An article split into the parts the editor shows: runs of rich text (edited with the TipTap
 * field, which keeps only text formatting) and the images and recordings between them (edited
 * as their own blocks, so their alt text and descriptions are never lost by the text editor).
 * Joined back together, the parts are the article's HTML.
 */
export type ArticleBlock =
  | { key: string; kind: 'text'; html: string }
  | { key: string; kind: 'image'; src: string; alt: string }
  | { key: string; kind: 'audio'; src: string; description: string };

let counter = 0;

/** A key for a new block, unique in this page. */
export function blockKey(): string {
  counter += 1;
  return `block-${counter}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Adjacent text parts become one; there is always a text part at the end to carry on writing in. */
export function normaliseBlocks(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const result: ArticleBlock[] = [];
  for (const block of blocks) {
    const previous = result.at(-1);
    if (block.kind === 'text' && previous?.kind === 'text') {
      result[result.length - 1] = { ...previous, html: `${previous.html}${block.html}` };
    } else {
      result.push(block);
    }
  }
  if (result.at(-1)?.kind !== 'text') result.push({ key: blockKey(), kind: 'text', html: '' });
  return result;
}

/** Splits article HTML into text and media parts (DOMParser runs no scripts). */
export function parseArticleHtml(html: string): ArticleBlock[] {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
  const blocks: ArticleBlock[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) blocks.push({ key: blockKey(), kind: 'text', html: text });
    text = '';
  };
  for (const node of Array.from(body.childNodes)) {
    if (node instanceof HTMLElement) {
      const media = node.matches('img, audio') ? [node] : Array.from(node.querySelectorAll('img, audio'));
      const only = media.length === 1 && (node === media[0] || node.tagName === 'P') ? media[0] : undefined;
      if (only instanceof HTMLImageElement && (node.textContent ?? '').trim() === '') {
        flush();
        blocks.push({ key: blockKey(), kind: 'image', src: only.getAttribute('src') ?? '', alt: only.alt });
        continue;
      }
      if (only instanceof HTMLAudioElement) {
        flush();
        blocks.push({
          key: blockKey(),
          kind: 'audio',
          src: only.getAttribute('src') ?? '',
          description: (node.textContent ?? '').trim(),
        });
        continue;
      }
      text += node.outerHTML;
    } else if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim()) {
      text += `<p>${escapeText(node.textContent ?? '')}</p>`;
    }
  }
  flush();
  return normaliseBlocks(blocks);
}

/** The article's HTML from its parts. */
export function serialiseArticle(blocks: readonly ArticleBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'text':
          return block.html;
        case 'image':
          return `<p><img src="${escapeAttribute(block.src)}" alt="${escapeAttribute(block.alt)}"></p>`;
        case 'audio':
          return `<p>${block.description ? `${escapeText(block.description)}<br>` : ''}<audio controls src="${escapeAttribute(block.src)}"></audio></p>`;
      }
    })
    .join('');
}

/** The id of a media block's description field: `article-media-2-alt` for the second image or recording. */
export function mediaFieldId(mediaNumber: number): string {
  return `article-media-${mediaNumber}-alt`;
}

/** Images without alt text and recordings without a description, to fix before saving. */
export function articleMediaProblems(html: string): Array<{ text: string; href: string }> {
  let number = 0;
  const problems: Array<{ text: string; href: string }> = [];
  for (const block of parseArticleHtml(html)) {
    if (block.kind === 'text') continue;
    number += 1;
    if (block.kind === 'image' && !block.alt.trim()) {
      problems.push({
        text: `Describe image ${number} for people who cannot see it`,
        href: `#${mediaFieldId(number)}`,
      });
    }
    if (block.kind === 'audio' && !block.description.trim()) {
      problems.push({ text: `Say what recording ${number} is`, href: `#${mediaFieldId(number)}` });
    }
  }
  return problems;
}

import { describe, expect, it } from 'vitest';
import { articleMediaProblems, parseArticleHtml, serialiseArticle } from './articleBlocks';

const image = '<p><img src="/api/media/1b4e28ba-2fa1-11d2-883f-0016d3cca427" alt="A front desk"></p>';
const audio =
  '<p>Amira explains (2 minutes)<br><audio controls="" src="/api/media/1b4e28ba-2fa1-11d2-883f-0016d3cca428"></audio></p>';

describe('article blocks', () => {
  it('splits text from images and recordings, and joins them back', () => {
    const blocks = parseArticleHtml(`<h2>Before</h2><p>Intro.</p>${image}<p>Between.</p>${audio}`);
    expect(blocks.map((block) => block.kind)).toEqual(['text', 'image', 'text', 'audio', 'text']);
    expect(blocks[1]).toMatchObject({ alt: 'A front desk' });
    expect(blocks[3]).toMatchObject({ description: 'Amira explains (2 minutes)' });
    expect(parseArticleHtml(serialiseArticle(blocks)).map((block) => block.kind)).toEqual(
      blocks.map((block) => block.kind),
    );
  });

  it('finds images without alt text', () => {
    expect(articleMediaProblems(image.replace('A front desk', ''))).toEqual([
      { text: 'Describe image 1 for people who cannot see it', href: '#article-media-1-alt' },
    ]);
    expect(articleMediaProblems(image)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt';

describe('excerptOf', () => {
  it('keeps the text of short posts whole, without markup', () => {
    expect(excerptOf('<p>Book the <strong>interpreter</strong></p><p>first.</p>')).toBe('Book the interpreterfirst.');
    expect(excerptOf('<p>Hi <span data-type="mention" data-id="x">@Amara Osei</span></p>')).toBe('Hi @Amara Osei');
  });

  it('shortens long posts at a word, with an ellipsis', () => {
    const long = `<p>${'word '.repeat(60)}</p>`;
    const excerpt = excerptOf(long, 40);
    expect(excerpt.endsWith('word…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(41);
  });

  it('never runs script in the HTML it reads', () => {
    expect(excerptOf('<img src="x" onerror="window.__hit = 1"><p>Safe</p>')).toBe('Safe');
    expect((window as unknown as { __hit?: number }).__hit).toBeUndefined();
  });
});

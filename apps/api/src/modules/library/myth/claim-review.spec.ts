import { claimReviewJsonLd } from './claim-review';

describe('claimReviewJsonLd', () => {
  const facts = {
    url: 'https://example.org/library/myths/x',
    claim: 'Migrants get council homes first',
    verdict: 'FALSE' as const,
    publishedAt: new Date('2026-03-02T10:00:00Z'),
    reviewedAt: new Date('2026-06-01T09:00:00Z'),
    publisher: 'Common Ground',
  };

  it('describes the claim, the verdict on schema.org’s scale and the dates', () => {
    expect(JSON.parse(claimReviewJsonLd(facts))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: facts.url,
      claimReviewed: facts.claim,
      datePublished: '2026-03-02',
      dateModified: '2026-06-01',
      author: { '@type': 'Organization', name: 'Common Ground' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim', name: facts.claim },
    });
  });

  it('cannot close its script element, whatever the claim says', () => {
    const hostile = claimReviewJsonLd({ ...facts, claim: '</script><script>alert(1)</script> & more\u2028' });
    expect(hostile).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(hostile).claimReviewed).toBe('</script><script>alert(1)</script> & more\u2028');
  });
});

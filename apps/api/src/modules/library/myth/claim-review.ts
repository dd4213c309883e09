import { MYTH_VERDICT_LABELS, type MythVerdictName } from '@common-ground/shared';

/** Schema.org's 1 (false) to 5 (true) scale: where each verdict sits on it. */
const RATING: Record<MythVerdictName, number> = { FALSE: 1, MISLEADING: 2, PARTLY_TRUE: 3 };

export interface ClaimReviewFacts {
  url: string;
  claim: string;
  verdict: MythVerdictName;
  publishedAt: Date;
  reviewedAt: Date | null;
  publisher: string;
}

/**
 * A published myth-buster as schema.org ClaimReview structured data, serialised for a
 * `<script type="application/ld+json">` element: every `<`, `>` and `&` is written as a
 * JSON unicode escape, so no text in it (an editor's claim included) can close the script
 * or open another element, and U+2028/U+2029 are escaped too.
 */
export function claimReviewJsonLd(facts: ClaimReviewFacts): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: facts.url,
    claimReviewed: facts.claim,
    datePublished: facts.publishedAt.toISOString().slice(0, 10),
    ...(facts.reviewedAt ? { dateModified: facts.reviewedAt.toISOString().slice(0, 10) } : {}),
    author: { '@type': 'Organization', name: facts.publisher },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[facts.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: MYTH_VERDICT_LABELS[facts.verdict],
    },
    itemReviewed: { '@type': 'Claim', name: facts.claim },
  };
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

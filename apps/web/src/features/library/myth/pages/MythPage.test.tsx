import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MythQuery } from '../../../../gql/graphql';
import { renderRoute } from '../../../../test/renderRoute';
import { mythQuery } from '../operations';

type Myth = NonNullable<MythQuery['myth']>;

const readerCan = {
  __typename: 'ContentViewerCan',
  edit: false,
  submit: false,
  returnToDraft: false,
  publish: false,
  archive: false,
  seeHistory: false,
};

/** A published myth as the API sends it (with type names, as the cache needs). */
const myth = (overrides: Partial<Record<keyof Myth, unknown>> = {}) => ({
  __typename: 'Myth',
  id: 'myth-1',
  slug: 'you-need-a-passport-to-see-a-doctor',
  claim: 'You need a passport to see a doctor',
  verdict: 'FALSE',
  summary: 'Nobody needs identity documents to register with a GP.',
  status: 'PUBLISHED',
  audience: 'PUBLIC',
  publishedAt: '2026-03-02T10:00:00.000Z',
  publishAt: null,
  updatedAt: '2026-03-02T10:00:00.000Z',
  reviewedAt: '2026-06-01T09:00:00.000Z',
  reviewDue: null,
  heardIn: null,
  factsHtml: '<p>Practices may ask, but cannot refuse.</p>',
  claimReviewJsonLd: '{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"\\u003c/script\\u003e"}',
  evidence: [
    {
      __typename: 'MythEvidence',
      title: 'How to register with a GP surgery',
      publisher: 'NHS England',
      url: 'https://www.nhs.uk/register',
      publishedOn: '2025-02-18',
    },
  ],
  relatedTerms: [{ __typename: 'MythRelatedTerm', id: 't-1', slug: 'gp', term: 'GP' }],
  relatedFaqs: [
    { __typename: 'MythRelatedFaq', id: 'f-1', slug: 'can-anyone-register', question: 'Can anyone register?' },
  ],
  reviewer: {
    __typename: 'Colleague',
    id: 'p-1',
    name: 'Ade Bello',
    jobTitle: 'Editor',
    organisation: { __typename: 'Organisation', id: 'o-1', name: 'Fenmouth Council' },
  },
  viewerCan: readerCan,

  ...overrides,
});

const mock = (data: ReturnType<typeof myth>) => ({
  request: { query: mythQuery, variables: { idOrSlug: 'you-need-a-passport-to-see-a-doctor' } },
  result: { data: { myth: data } },
});

describe('MythPage', () => {
  beforeAll(async () => {
    await import('./MythPage');
  });

  it('shows a signed-out reader the myth, its verdict, the facts, the evidence and related items, with ClaimReview data', async () => {
    renderRoute('/library/myths/you-need-a-passport-to-see-a-doctor', { mocks: [mock(myth())] });
    expect(await screen.findByRole('heading', { level: 1, name: /You need a passport to see a doctor/ })).toBeVisible();
    expect(screen.getByText('False').closest('strong')).toHaveTextContent('Verdict: False');
    expect(screen.getByRole('link', { name: 'How to register with a GP surgery' })).toHaveAttribute(
      'href',
      'https://www.nhs.uk/register',
    );
    expect(screen.getByText(/NHS England, .*18 February 2025/)).toBeInTheDocument();
    expect(screen.getByText(/Last checked/)).toHaveTextContent('by Ade Bello, Fenmouth Council');
    expect(screen.getByRole('link', { name: 'GP' })).toHaveAttribute('href', '/library/glossary/terms/gp');
    expect(screen.getByRole('link', { name: 'Can anyone register?' })).toHaveAttribute(
      'href',
      '/library/faqs/can-anyone-register',
    );
    const script = document.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? '{}')).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: '</script>',
    });
    expect(screen.queryByText(/Due for review/)).not.toBeInTheDocument();
  });

  it('tells editors when a myth is due for review and where a reported rumour was heard', async () => {
    const editing = myth({
      reviewDue: true,
      heardIn: {
        __typename: 'RumourSource',
        postId: 'post-1',
        href: '/discuss/threads/thread-1#post-post-1',
        reportedAt: '2026-11-03T10:00:00.000Z',
        reportedBy: {
          __typename: 'Colleague',
          id: 'p-2',
          name: 'Jo Whitlock',
          jobTitle: 'Adviser',
          organisation: { __typename: 'Organisation', id: 'o-1', name: 'Fenmouth Council' },
        },
      },
      viewerCan: { ...readerCan, edit: true, archive: true },
    });
    renderRoute('/library/myths/you-need-a-passport-to-see-a-doctor', { mocks: [mock(editing)] });
    expect(await screen.findByText(/Due for review/)).toBeInTheDocument();
    expect(screen.getByText(/Reported by Jo Whitlock/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the post where it was heard' })).toHaveAttribute(
      'href',
      '/discuss/threads/thread-1#post-post-1',
    );
    expect(screen.getByRole('button', { name: 'I have checked the facts today' })).toBeInTheDocument();
  });
});

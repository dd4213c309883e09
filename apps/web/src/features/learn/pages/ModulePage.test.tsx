import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { learningModuleQuery } from '../operations';

function moduleResult({
  status = 'IN_PROGRESS',
  certificate = null,
  cpdMinutes = 90,
}: {
  status?: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
  cpdMinutes?: number;
  certificate?: { code: string; issuedAt: string } | null;
} = {}) {
  const lesson = (id: string, title: string, kind: string, viewerStatus: string) => ({
    __typename: 'Lesson',
    id,
    title,
    kind,
    viewerStatus,
  });
  return {
    data: {
      learningModule: {
        __typename: 'LearningModule',
        id: 'module-1',
        slug: 'managing-language-barriers',
        title: 'Managing language barriers',
        summary: 'How to help people who speak little English.',
        topic: 'Communication',
        audience: 'STAFF',
        outcomes: ['Decide when to book an interpreter', 'Check someone has understood'],
        cpdMinutes,
        cover: null,
        lessons: [
          lesson('l1', 'Why language matters', 'ARTICLE', 'COMPLETED'),
          lesson('l2', 'At the front desk', 'SCENARIO', 'IN_PROGRESS'),
          lesson('l3', 'Practice check', 'KNOWLEDGE_CHECK', 'NOT_STARTED'),
          lesson('l4', 'Final test', 'KNOWLEDGE_CHECK', 'CANNOT_START_YET'),
        ],
        viewerProgress: {
          __typename: 'ModuleProgress',
          status,
          completedLessons: 1,
          totalLessons: 4,
          continueLesson: status === 'COMPLETED' ? null : { __typename: 'Lesson', id: 'l2' },
          certificate: certificate
            ? {
                __typename: 'Certificate',
                id: 'cert-1',
                ...certificate,
                pdfUrl: `/api/certificates/${certificate.code}.pdf`,
              }
            : null,
        },
      },
    },
  };
}

const request = { query: learningModuleQuery, variables: { slug: 'managing-language-barriers' } };

describe('ModulePage', () => {
  it('shows the outcomes, the lessons with their status and a button to continue', async () => {
    renderRoute('/learn/managing-language-barriers', {
      viewer: learnerFixture,
      mocks: [{ request, result: moduleResult() }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Managing language barriers/ })).toBeInTheDocument();
    const outcomes = screen.getByRole('heading', { name: 'By the end of this module you will be able to' });
    expect(outcomes.nextElementSibling).toHaveTextContent('Decide when to book an interpreter');

    const continueButton = screen.getByRole('button', { name: 'Continue where you left off' });
    expect(continueButton).toHaveAttribute('href', '/learn/managing-language-barriers/lessons/l2');
    expect(screen.getByText('You have completed 1 of 4 lessons.')).toBeInTheDocument();
    expect(screen.getByText('CPD: 1 hour 30 minutes')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Why language matters' })).toHaveAccessibleDescription('Article Completed');
    expect(screen.getByRole('link', { name: 'At the front desk' })).toHaveAccessibleDescription('Scenario In progress');
    expect(screen.getByRole('link', { name: 'Practice check' })).toHaveAccessibleDescription(
      'Knowledge check Not yet started',
    );
    // A post-test that cannot start yet is not a link.
    expect(screen.queryByRole('link', { name: 'Final test' })).not.toBeInTheDocument();
    const finalTest = screen.getByText('Final test').closest('li')!;
    expect(within(finalTest).getByText('Cannot start yet')).toBeInTheDocument();
  });

  it('offers "Start module" before the learner has begun', async () => {
    renderRoute('/learn/managing-language-barriers', {
      viewer: learnerFixture,
      mocks: [{ request, result: moduleResult({ status: 'NOT_STARTED', cpdMinutes: 0 }) }],
    });
    expect(await screen.findByRole('button', { name: 'Start module' })).toHaveAttribute(
      'href',
      '/learn/managing-language-barriers/lessons/l2',
    );
    expect(screen.queryByText(/CPD:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/You have completed/)).not.toBeInTheDocument();
  });

  it('links to the certificate once the module is complete', async () => {
    renderRoute('/learn/managing-language-barriers', {
      viewer: learnerFixture,
      mocks: [
        {
          request,
          result: moduleResult({
            status: 'COMPLETED',
            certificate: { code: '7K3M9QXP2R', issuedAt: '2026-06-16T09:00:00.000Z' },
          }),
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Module completed' })).toBeInTheDocument();
    expect(screen.getByText('You completed this module on 16 June 2026.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View your certificate' })).toHaveAttribute(
      'href',
      '/certificates/7K3M9QXP2R',
    );
    expect(screen.getByRole('link', { name: 'Download your certificate (PDF)' })).toHaveAttribute(
      'href',
      '/api/certificates/7K3M9QXP2R.pdf',
    );
    expect(screen.queryByRole('button', { name: /Continue|Start module/ })).not.toBeInTheDocument();
  });

  it('asks signed-out visitors to sign in when the module is not public', async () => {
    renderRoute('/learn/managing-language-barriers', {
      mocks: [{ request, result: { data: { learningModule: null } } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to see this module' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Flearn%2Fmanaging-language-barriers',
    );
  });
});

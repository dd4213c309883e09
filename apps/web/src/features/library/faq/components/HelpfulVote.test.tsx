import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { voteFaqMutation } from '../operations';
import { HelpfulVote } from './HelpfulVote';

describe('HelpfulVote', () => {
  it('records an answer, says so politely, and shows the earlier answer as pressed', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: voteFaqMutation, variables: { input: { faqId: 'faq-1', helpful: false } } },
            result: {
              data: { voteFaq: { __typename: 'Faq', id: 'faq-1', viewerVote: false, helpfulCounts: null } },
            },
          },
        ]}
      >
        <HelpfulVote faqId="faq-1" vote={true} counts={null} />
      </MockedProvider>,
    );
    const group = screen.getByRole('group', { name: /Was this helpful\?/ });
    expect(within(group).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(group).getByRole('button', { name: 'No' }));
    // The status region is there from the start (so it is announced); it says so once the answer is saved.
    expect(await screen.findByText('Thank you. You said this was not helpful.')).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/editors only/)).not.toBeInTheDocument();
  });

  it('shows editors the counts', () => {
    render(
      <MockedProvider mocks={[]}>
        <HelpfulVote faqId="faq-1" vote={null} counts={{ yes: 14, no: 2 }} />
      </MockedProvider>,
    );
    expect(screen.getByText(/Readers’ answers \(editors only\): 14 yes, 2 no/)).toBeInTheDocument();
  });
});

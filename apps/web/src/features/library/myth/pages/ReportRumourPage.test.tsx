import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../../test/renderRoute';
import { reportRumourMutation } from '../operations';

describe('ReportRumourPage', () => {
  beforeAll(async () => {
    await import('./ReportRumourPage');
  });

  it('asks what was heard, says what to fix, then confirms and links back to the discussion', async () => {
    const user = userEvent.setup();
    const heard = 'New arrivals do not pay council tax';
    renderRoute(`/library/myths/report?post=post-9&from=${encodeURIComponent('/discuss/threads/t-1#post-post-9')}`, {
      viewer: learnerFixture,
      mocks: [
        {
          request: { query: reportRumourMutation, variables: { input: { postId: 'post-9', heard } } },
          result: { data: { reportRumour: { __typename: 'ReportedRumour', id: 'myth-9', heard } } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Send to the editors' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter what you heard' })).toHaveAttribute('href', '#heard');
    expect(document.title).toMatch(/^Error: /);

    await user.type(screen.getByLabelText('What did you hear?'), heard);
    await user.click(screen.getByRole('button', { name: 'Send to the editors' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rumour reported' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go back to the discussion' })).toHaveAttribute(
      'href',
      '/discuss/threads/t-1#post-post-9',
    );
  });

  it('never links back to another site', async () => {
    renderRoute(`/library/myths/report?post=post-9&from=${encodeURIComponent('//evil.example/x')}`, {
      viewer: learnerFixture,
    });
    expect(await screen.findByRole('link', { name: 'Back' })).toHaveAttribute('href', '/library/myths');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../test/renderRoute';
import { signInMutation } from '../operations';

const credentials = { email: 'sam.okafor@example.gov.uk', password: 'correct horse battery' };

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email address'), credentials.email);
  await user.type(screen.getByLabelText('Password'), credentials.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInPage', () => {
  it('shows the error summary and field errors when submitted empty', async () => {
    const user = userEvent.setup();
    renderRoute('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const summary = await screen.findByRole('alert');
    expect(summary.parentElement).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    expect(within(summary).getByRole('link', { name: 'Enter your password' })).toHaveAttribute('href', '#password');
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Error: Enter your email address');
    expect(document.title).toBe('Error: Sign in – Common Ground');
  });

  it('checks the email address format', async () => {
    const user = userEvent.setup();
    renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('Email address'), 'not-an-email');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('link', { name: 'Enter an email address in the correct format, like name@example.org' }),
    ).toBeInTheDocument();
  });

  it('shows server field errors (BAD_USER_INPUT) by the field', async () => {
    renderRoute('/sign-in', {
      mocks: [
        {
          request: { query: signInMutation, variables: { input: credentials } },
          result: {
            errors: [
              {
                message: 'Check the details you entered',
                extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Use the email address you signed up with' } },
              },
            ],
          },
        },
      ],
    });
    await fillAndSubmit();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Use the email address you signed up with' })).toHaveAttribute(
      'href',
      '#email',
    );
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      'Error: Use the email address you signed up with',
    );
  });

  it('shows other server messages, such as a lock-out, as they are', async () => {
    renderRoute('/sign-in', {
      mocks: [
        {
          request: { query: signInMutation, variables: { input: credentials } },
          result: {
            errors: [
              {
                message: 'Your account is locked for 15 minutes after too many attempts.',
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ],
          },
        },
      ],
    });
    await fillAndSubmit();
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText('Your account is locked for 15 minutes after too many attempts.'),
    ).toBeInTheDocument();
  });

  it('goes to the ?next= page after signing in', async () => {
    const refresh = vi.fn(async () => undefined);
    const { router } = renderRoute('/sign-in?next=%2Flibrary', {
      refresh,
      mocks: [
        {
          request: { query: signInMutation, variables: { input: credentials } },
          result: { data: { signIn: { __typename: 'Person', id: 'person-1', name: 'Sam Okafor' } } },
        },
      ],
    });
    await fillAndSubmit();
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/library');
  });
});

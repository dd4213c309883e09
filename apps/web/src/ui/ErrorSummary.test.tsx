import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';
import { TextInput } from './TextInput';

describe('ErrorSummary', () => {
  it('takes focus when it appears and lists each problem', () => {
    render(
      <ErrorSummary
        errors={[{ text: 'Enter your email address', href: '#email' }, { text: 'Your account is locked' }]}
      />,
    );
    const summary = screen.getByRole('alert').parentElement;
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
    expect(screen.getByText('Your account is locked').tagName).toBe('LI');
  });

  it('moves focus to the field when a link is followed', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary errors={[{ text: 'Enter your email address', href: '#email' }]} />
        <TextInput
          id="email"
          label="Email address"
          value=""
          onChange={() => undefined}
          error="Enter your email address"
        />
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Enter your email address' }));
    expect(screen.getByLabelText('Email address')).toHaveFocus();
  });
});

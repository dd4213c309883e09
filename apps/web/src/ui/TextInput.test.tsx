import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TextInput } from './TextInput';

describe('TextInput', () => {
  it('shows the error by the field and links hint and error to the input', () => {
    render(
      <TextInput
        id="name"
        label="Full name"
        hint="As on your staff card"
        error="Enter your full name"
        value=""
        onChange={() => undefined}
      />,
    );
    const input = screen.getByLabelText('Full name');
    expect(input).toHaveClass('govuk-input', 'govuk-input--error');
    expect(input).toHaveAttribute('aria-describedby', 'name-hint name-error');
    expect(input).toHaveAccessibleDescription('As on your staff card Error: Enter your full name');
    expect(input.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
  });

  it('has no error markup when there is no error, and reports typing', async () => {
    const onChange = vi.fn();
    render(<TextInput id="name" label="Full name" value="" onChange={onChange} autoComplete="name" />);
    const input = screen.getByLabelText('Full name');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(document.querySelector('.govuk-error-message')).toBeNull();
    await userEvent.type(input, 'A');
    expect(onChange).toHaveBeenCalledWith('A');
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContentWarning } from './ContentWarning';

describe('ContentWarning', () => {
  it('shows the warning as GOV.UK warning text with where to find support', () => {
    render(<ContentWarning text="This scenario describes threats against a worker." />);
    expect(screen.getByText(/threats against a worker/).closest('.govuk-warning-text')).not.toBeNull();
    expect(screen.getByText(/employee support service/)).toBeTruthy();
  });
});

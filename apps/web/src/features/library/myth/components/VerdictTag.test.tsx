import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VerdictTag } from './VerdictTag';

describe('VerdictTag', () => {
  it('names the verdict in words, for screen readers too', () => {
    render(<VerdictTag verdict="PARTLY_TRUE" />);
    expect(screen.getByText('Partly true').closest('strong')).toHaveTextContent('Verdict: Partly true');
    expect(screen.getByText('Partly true').closest('strong')).toHaveClass('govuk-tag--yellow');
  });

  it('says when a draft has no verdict yet', () => {
    render(<VerdictTag verdict={null} />);
    expect(screen.getByText('No verdict yet')).toBeInTheDocument();
  });
});

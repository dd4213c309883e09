import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { article } from '../fixtures/learning';
import { ArticleBody } from './ArticleBody';

describe('ArticleBody', () => {
  it('renders the sanitised HTML inside the scoped GOV.UK typography class', () => {
    const { container } = render(<ArticleBody html={article.html} />);
    expect(container.firstElementChild).toHaveClass('govuk-body', 'app-article');
    expect(screen.getByRole('heading', { level: 2, name: 'Why interpreters matter' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'When to book one' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the guide' })).toHaveAttribute('href', 'https://example.org/guide');
    expect(screen.getAllByRole('list')).toHaveLength(2);
    expect(container.querySelector('blockquote')).toHaveTextContent('Never use children to interpret.');
  });
});

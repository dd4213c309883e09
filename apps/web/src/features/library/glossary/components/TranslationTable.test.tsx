import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TranslationTable } from './TranslationTable';

const term = {
  term: 'Deposit',
  translations: [
    {
      languageCode: 'pl',
      languageName: 'Polish',
      text: 'kaucja',
      pronunciation: 'KOW-tsya',
      direction: 'LTR',
      audioUrl: null,
    },
    {
      languageCode: 'ar',
      languageName: 'Arabic',
      text: 'مبلغ التأمين',
      pronunciation: null,
      direction: 'RTL',
      audioUrl: null,
    },
    {
      languageCode: 'ur',
      languageName: 'Urdu',
      text: 'زرِ ضمانت',
      pronunciation: 'za-re za-MAA-nat',
      direction: 'RTL',
      audioUrl: '/api/media/0000',
    },
  ],
} as const;

describe('TranslationTable', () => {
  it('marks each word with its language and renders right-to-left scripts right to left', () => {
    render(<TranslationTable term={{ ...term, translations: [...term.translations] }} />);
    const table = screen.getByRole('table', { name: '“Deposit” in other languages' });
    const row = (language: string) => within(table).getByRole('row', { name: new RegExp(`^${language}`) });
    expect(within(row('Polish')).getByText('kaucja')).toHaveAttribute('lang', 'pl');
    expect(within(row('Polish')).getByText('kaucja')).toHaveAttribute('dir', 'ltr');
    expect(within(row('Arabic')).getByText('مبلغ التأمين')).toHaveAttribute('dir', 'rtl');
    expect(within(row('Urdu')).getByText('زرِ ضمانت')).toHaveAttribute('lang', 'ur');
    expect(within(row('Urdu')).getByText('زرِ ضمانت')).toHaveAttribute('dir', 'rtl');
    expect(within(row('Urdu')).getByLabelText('Hear “زرِ ضمانت” in Urdu')).toHaveAttribute('src', '/api/media/0000');
  });

  it('says when there are no translations yet', () => {
    render(<TranslationTable term={{ term: 'New', translations: [] }} />);
    expect(screen.getByText('This term has no translations yet.')).toBeInTheDocument();
  });
});

import type { KnowledgeCheckContent } from '@common-ground/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { knowledgeCheck } from '../fixtures/learning';
import { KnowledgeCheckEditor } from './KnowledgeCheckEditor';
import { knowledgeCheckProblems } from './knowledgeCheckProblems';

const changes = vi.fn<(next: KnowledgeCheckContent) => void>();

/** The content after the last edit. */
function latest(): KnowledgeCheckContent {
  const call = changes.mock.lastCall;
  if (!call) throw new Error('No edit was made');
  return call[0];
}

function Harness({ initial }: { initial: KnowledgeCheckContent }) {
  const [value, setValue] = useState(initial);
  return (
    <KnowledgeCheckEditor
      value={value}
      onChange={(next) => {
        changes(next);
        setValue(next);
      }}
    />
  );
}

describe('knowledgeCheckProblems', () => {
  it('finds nothing wrong with a complete check', () => {
    expect(knowledgeCheckProblems(knowledgeCheck)).toEqual([]);
  });

  it('says how to fix each problem', () => {
    const messages = knowledgeCheckProblems({
      passMark: 120,
      questions: [
        { id: 'a', prompt: '', kind: 'SINGLE', explanation: '', options: [{ id: 'x', label: '', correct: false }] },
        {
          id: 'b',
          prompt: 'Pick',
          kind: 'SINGLE',
          explanation: 'Because',
          options: [
            { id: 'y', label: 'Y', correct: true },
            { id: 'z', label: 'Z', correct: true },
          ],
        },
      ],
    }).map((problem) => problem.message);
    expect(messages).toEqual([
      'Enter a pass mark from 0 to 100',
      'Enter the text of question 1',
      'Enter answer 1 of question 1, or remove it',
      'Give question 1 at least 2 answers',
      'Explain the answer to question 1',
      'Mark exactly one right answer for question 2',
    ]);
    expect(knowledgeCheckProblems({ passMark: 50, questions: [] })[0].message).toBe('Add at least one question');
  });
});

describe('KnowledgeCheckEditor', () => {
  it('edits the pass mark and questions', async () => {
    const user = userEvent.setup();
    render(<Harness initial={knowledgeCheck} />);
    const passMark = screen.getByRole('textbox', { name: 'Pass mark (%)' });
    await user.clear(passMark);
    await user.type(passMark, '80');
    expect(latest().passMark).toBe(80);
    const q1 = screen.getByRole('group', { name: 'Question 1' });
    await user.click(within(q1).getByRole('checkbox', { name: 'Right answer 2' }));
    // One right answer only for a single-answer question.
    expect(latest().questions[0].options.map((option) => option.correct)).toEqual([false, true, false]);
    expect(screen.queryByText(/This knowledge check is not ready yet/)).not.toBeInTheDocument();
  });

  it('adds a question and shows what is missing on its fields', async () => {
    const user = userEvent.setup();
    render(<Harness initial={knowledgeCheck} />);
    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    expect(latest().questions).toHaveLength(3);
    const summary = screen.getByRole('heading', { name: 'This knowledge check is not ready yet' }).parentElement!;
    expect(within(summary).getByRole('link', { name: 'Enter the text of question 3' })).toHaveAttribute(
      'href',
      '#question-q-1-prompt',
    );
    const q3 = screen.getByRole('group', { name: 'Question 3' });
    expect(within(q3).getByRole('textbox', { name: 'Question' })).toHaveAccessibleDescription(
      'Error: Enter the text of question 3',
    );
    await user.type(within(q3).getByRole('textbox', { name: 'Question' }), 'Who can interpret?');
    await user.click(within(q3).getByRole('radio', { name: /One or more/ }));
    expect(latest().questions[2]).toMatchObject({ prompt: 'Who can interpret?', kind: 'MULTIPLE' });
    await user.click(within(q3).getByRole('button', { name: 'Add an answer to question 3' }));
    expect(latest().questions[2].options).toHaveLength(3);
    await user.click(within(q3).getByRole('button', { name: 'Remove question 3' }));
    await user.click(within(q3).getByRole('button', { name: 'Yes, remove question' }));
    expect(latest().questions).toHaveLength(2);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { knowledgeCheck } from '../fixtures/learning';
import { KnowledgeCheck } from './KnowledgeCheck';
import { learnerQuestions, localKnowledgeCheckResult } from './knowledgeCheckResult';

const questions = learnerQuestions(knowledgeCheck);

describe('KnowledgeCheck', () => {
  it('never gives the learner the answers before they submit', () => {
    expect(JSON.stringify(questions)).not.toContain('correct');
    expect(JSON.stringify(questions)).not.toContain('explanation');
  });

  it('asks single-answer questions with radios and multiple-answer ones with checkboxes', () => {
    render(<KnowledgeCheck questions={questions} passMark={50} onSubmit={vi.fn()} />);
    const first = screen.getByRole('group', { name: /Question 1 of 2\s*Who should interpret/ });
    expect(within(first).getAllByRole('radio')).toHaveLength(3);
    const second = screen.getByRole('group', { name: /Question 2 of 2/ });
    expect(within(second).getAllByRole('checkbox')).toHaveLength(3);
    expect(second).toHaveAccessibleDescription('Select all that apply.');
    expect(screen.getByText('Answer all 2 questions. You need 50% to pass.')).toBeInTheDocument();
  });

  it('lists every unanswered question in the error summary', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<KnowledgeCheck questions={questions} passMark={50} onSubmit={onSubmit} />);
    await user.click(screen.getByLabelText('A professional interpreter'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Select at least one answer to question 2']);
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#question-q2');
    expect(screen.getByRole('group', { name: /Question 2 of 2/ })).toHaveAccessibleDescription(
      'Select all that apply. Error: Select at least one answer to question 2',
    );
  });

  it('submits the answers and shows the marked result with explanations', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async (answers: Parameters<typeof localKnowledgeCheckResult>[1]) =>
      localKnowledgeCheckResult(knowledgeCheck, answers),
    );
    const onRetry = vi.fn();
    render(<KnowledgeCheck questions={questions} passMark={50} onSubmit={onSubmit} onRetry={onRetry} />);
    await user.click(screen.getByLabelText('A professional interpreter'));
    await user.click(screen.getByLabelText('Ask them to explain in their own words'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onSubmit).toHaveBeenCalledWith([
      { questionId: 'q1', optionIds: ['q1-a'] },
      { questionId: 'q2', optionIds: ['q2-a'] },
    ]);
    const heading = await screen.findByRole('heading', { name: 'You passed' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('You got 1 out of 2 right (50%). The pass mark is 50%.')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(within(items[0]).getByText('Correct')).toBeInTheDocument();
    expect(within(items[1]).getByText('Incorrect')).toBeInTheDocument();
    expect(within(items[1]).getByText(/The right answers are: Ask them to explain.*; Give information/)).toBeVisible();
    expect(within(items[1]).getByText(/repeat back in their own words/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByLabelText('A professional interpreter')).not.toBeChecked();
  });

  it('says so in words when the learner did not pass', async () => {
    const user = userEvent.setup();
    render(
      <KnowledgeCheck
        questions={questions}
        passMark={100}
        onSubmit={async (answers) => localKnowledgeCheckResult({ ...knowledgeCheck, passMark: 100 }, answers)}
      />,
    );
    await user.click(screen.getByLabelText("The resident's child"));
    await user.click(screen.getByLabelText('Ask "Do you understand?"'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(await screen.findByRole('heading', { name: 'You did not pass this time' })).toBeInTheDocument();
    expect(screen.getByText('You got 0 out of 2 right (0%). The pass mark is 100%.')).toBeInTheDocument();
  });

  it('shows a failed submission in the error summary and keeps the answers', async () => {
    const user = userEvent.setup();
    render(
      <KnowledgeCheck
        questions={questions}
        passMark={50}
        onSubmit={() => Promise.reject(new Error('You have already completed this check in this attempt.'))}
      />,
    );
    await user.click(screen.getByLabelText('A professional interpreter'));
    await user.click(screen.getByLabelText('Give information in small chunks'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(await screen.findByText('You have already completed this check in this attempt.')).toBeInTheDocument();
    expect(screen.getByLabelText('A professional interpreter')).toBeChecked();
  });
});

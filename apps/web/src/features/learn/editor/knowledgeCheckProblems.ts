import type { KnowledgeCheckContent } from '@common-ground/shared';

/** One thing to fix in a knowledge check, with the id of the field where it is fixed. */
export interface KnowledgeCheckProblem {
  fieldId: string;
  message: string;
}

export const passMarkFieldId = 'check-pass-mark';
export const questionFieldId = (questionId: string, field: 'prompt' | 'options' | 'explanation') =>
  `question-${questionId}-${field}`;
export const optionFieldId = (questionId: string, optionId: string) => `question-${questionId}-option-${optionId}`;

/**
 * Why a knowledge check cannot be used yet, in page order and in GOV.UK's "say how to fix it"
 * style: a pass mark from 0 to 100, at least one question, and for each question a prompt, two or
 * more labelled options, the right number of right answers and an explanation.
 */
export function knowledgeCheckProblems(content: KnowledgeCheckContent): KnowledgeCheckProblem[] {
  const problems: KnowledgeCheckProblem[] = [];
  if (!Number.isInteger(content.passMark) || content.passMark < 0 || content.passMark > 100) {
    problems.push({ fieldId: passMarkFieldId, message: 'Enter a pass mark from 0 to 100' });
  }
  if (content.questions.length === 0) {
    problems.push({ fieldId: 'check-add-question', message: 'Add at least one question' });
  }
  content.questions.forEach((question, index) => {
    const n = index + 1;
    if (!question.prompt.trim()) {
      problems.push({ fieldId: questionFieldId(question.id, 'prompt'), message: `Enter the text of question ${n}` });
    }
    question.options.forEach((option, at) => {
      if (!option.label.trim()) {
        problems.push({
          fieldId: optionFieldId(question.id, option.id),
          message: `Enter answer ${at + 1} of question ${n}, or remove it`,
        });
      }
    });
    const right = question.options.filter((option) => option.correct).length;
    const optionsId = questionFieldId(question.id, 'options');
    if (question.options.length < 2) {
      problems.push({ fieldId: optionsId, message: `Give question ${n} at least 2 answers` });
    } else if (question.kind === 'SINGLE' && right !== 1) {
      problems.push({ fieldId: optionsId, message: `Mark exactly one right answer for question ${n}` });
    } else if (question.kind === 'MULTIPLE' && right === 0) {
      problems.push({ fieldId: optionsId, message: `Mark at least one right answer for question ${n}` });
    }
    if (!question.explanation.trim()) {
      problems.push({
        fieldId: questionFieldId(question.id, 'explanation'),
        message: `Explain the answer to question ${n}`,
      });
    }
  });
  return problems;
}

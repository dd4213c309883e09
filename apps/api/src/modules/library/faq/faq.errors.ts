import { badInput, DomainError, notFound } from '../../../common/errors/domain-error';

/** FAQs' expected failures, worded once. */
export const FaqErrors = {
  categoryNotFound: (): DomainError => notFound('That FAQ category'),
  unknownCategory: (): DomainError => badInput('categoryId', 'Choose a category'),
  duplicateCategory: (): DomainError =>
    new DomainError('CONFLICT', 'There is already a category with that name', {
      name: 'There is already a category with that name',
    }),
  categoryInUse: (): DomainError =>
    new DomainError('CONFLICT', 'Move or delete the FAQs in this category before deleting it.'),
  blankAnswer: (): DomainError => badInput('answerHtml', 'Enter the answer'),
};

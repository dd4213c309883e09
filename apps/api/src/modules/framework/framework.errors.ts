import { badInput, DomainError, notFound } from '../../common/errors/domain-error';

/** The framework's expected failures, worded once. */
export const FrameworkErrors = {
  strandNotFound: (): DomainError => notFound('That strand'),
  groupNotFound: (): DomainError => notFound('That workforce group'),
  competencyNotFound: (): DomainError => notFound('That competency'),
  resourceNotFound: (): DomainError => notFound('That learning resource'),
  planNotFound: (): DomainError => notFound('That learning plan'),
  duplicateName: (what: string): DomainError =>
    new DomainError('CONFLICT', `There is already a ${what} with this name. Choose a different name.`, {
      name: `There is already a ${what} with this name`,
    }),
  duplicateProfileGroup: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'Another framework group already matches that profile group. Change that group first.',
      { profileGroup: 'Another framework group already matches that profile group' },
    ),
  tooMany: (field: string, what: string, max: number): DomainError =>
    badInput(field, `There can be up to ${max} ${what}. Remove one before adding another.`),
  moduleRequired: (): DomainError => badInput('moduleId', 'Choose the e-learning module this resource is'),
  moduleNotFound: (): DomainError => badInput('moduleId', 'That e-learning module could not be found'),
  moduleOnlyForModules: (): DomainError =>
    badInput('moduleId', 'Only an e-learning module resource can point at a module. Change the kind or remove it.'),
  linkRequired: (): DomainError => badInput('url', 'Enter the web address of the website'),
  badCompetencies: (): DomainError =>
    badInput('competencyIds', 'One or more of the chosen competencies could not be found. Choose them again.'),
  notPublicGroup: (): DomainError =>
    new DomainError(
      'UNAUTHENTICATED',
      'Sign in to use the tool for this workforce group. Without signing in you can use it for the public, carers and volunteers.',
    ),
  ratingsNotInPublicGroup: (): DomainError =>
    badInput('ratings', 'Without signing in you can only rate the competencies for the public, carers and volunteers.'),
  moduleDoneAutomatically: (): DomainError =>
    badInput('resourceId', 'An e-learning module is marked done by itself when you complete it.'),
};

/** Limits from the product's decisions, enforced by the API and mirrored by client forms. */
export const LIMITS = {
  graphqlDepth: 10,
  graphqlAliases: 20,
  /** Objects one operation may load, with list sizes multiplied through (see the API's cost estimator). */
  graphqlCost: 10_000,
  graphqlTokens: 2000,
  /** Brackets and braces inside one another in a GraphQL document. */
  graphqlNesting: 64,
  graphqlDirectives: 20,
  /** Bare String and ID arguments (search words, cursors, tokens, ids); inputs declare their own. */
  stringArgMaxLength: 1000,
  idArgMaxLength: 100,
  pageSizeMax: 100,
  pageSizeDefault: 20,
  requestBodyBytes: 100 * 1024,
  passwordMinLength: 12,
  passwordMaxLength: 200,
  nameMaxLength: 120,
  emailMaxLength: 254,
  jobTitleMaxLength: 120,
  signInFailuresPerAccount: 10,
  signInFailuresPerAddress: 50,
  signInWindowMinutes: 15,
  verificationTokenHours: 48,
  resetTokenMinutes: 60,
  invitationDays: 14,
  sessionHours: 12,
  uploadsPerHour: 10,
  /** Lessons one module may hold. */
  lessonsPerModule: 50,
  /** Modules and certificates listed on a person's learning page (the most recent first). */
  myLearningListMax: 100,
} as const;

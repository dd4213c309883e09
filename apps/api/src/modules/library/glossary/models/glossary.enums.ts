import { registerEnumType } from '@nestjs/graphql';
import {
  GLOSSARY_AUDIENCES,
  GLOSSARY_CATEGORIES,
  GLOSSARY_CATEGORY_LABELS,
  type GlossaryAudienceName,
  type GlossaryCategoryName,
} from '@common-ground/shared';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const GlossaryCategory = enumOf<GlossaryCategoryName>(GLOSSARY_CATEGORIES);
registerEnumType(GlossaryCategory, {
  name: 'GlossaryCategory',
  description: 'The area of work a glossary term belongs to.',
  valuesMap: Object.fromEntries(GLOSSARY_CATEGORIES.map((c) => [c, { description: GLOSSARY_CATEGORY_LABELS[c] }])),
});

export const GlossaryAudience = enumOf<GlossaryAudienceName>(GLOSSARY_AUDIENCES);
registerEnumType(GlossaryAudience, {
  name: 'GlossaryAudience',
  description: 'Who may read a glossary term.',
  valuesMap: {
    PUBLIC: { description: 'Anyone, signed in or not.' },
    STAFF: { description: 'Signed-in staff only.' },
  },
});

export const TextDirection = enumOf(['LTR', 'RTL'] as const);
registerEnumType(TextDirection, {
  name: 'TextDirection',
  description: 'Which way a script runs, for the `dir` attribute.',
  valuesMap: { LTR: { description: 'Left to right.' }, RTL: { description: 'Right to left.' } },
});

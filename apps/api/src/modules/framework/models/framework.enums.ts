import { registerEnumType } from '@nestjs/graphql';
import {
  COMPETENCY_KIND_LABELS,
  COMPETENCY_KINDS,
  type CompetencyKindName,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type ResourceKindName,
} from '@common-ground/shared';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CompetencyKind = enumOf<CompetencyKindName>(COMPETENCY_KINDS);
registerEnumType(CompetencyKind, {
  name: 'CompetencyKind',
  description: 'Whether a competency is something to know or something to do.',
  valuesMap: Object.fromEntries(COMPETENCY_KINDS.map((k) => [k, { description: COMPETENCY_KIND_LABELS[k] }])),
});

export const ResourceKind = enumOf<ResourceKindName>(RESOURCE_KINDS);
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'The kind of a learning resource: attending training is not the only way to learn.',
  valuesMap: Object.fromEntries(RESOURCE_KINDS.map((k) => [k, { description: RESOURCE_KIND_LABELS[k] }])),
});

export const PLAN_COMPLETIONS = ['AUTOMATIC', 'MARKED'] as const;
export type PlanCompletionName = (typeof PLAN_COMPLETIONS)[number];
export const PlanCompletion = enumOf<PlanCompletionName>(PLAN_COMPLETIONS);
registerEnumType(PlanCompletion, {
  name: 'PlanCompletion',
  description: 'How a resource in a learning plan came to be done.',
  valuesMap: {
    AUTOMATIC: { description: 'Counted by itself: a module completed or a course attended in full.' },
    MARKED: { description: 'The person marked it done, with a reflection.' },
  },
});

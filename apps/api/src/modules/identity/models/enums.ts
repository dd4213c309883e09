import { registerEnumType } from '@nestjs/graphql';
import {
  ROLES,
  type RoleName,
  SECTOR_LABELS,
  SECTORS,
  type SectorName,
  WORKFORCE_GROUP_LABELS,
  WORKFORCE_GROUPS,
  type WorkforceGroupName,
} from '@common-ground/shared';

/** Builds a GraphQL-registrable enum object from one of the shared value lists. */
const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const Role = enumOf<RoleName>(ROLES);
registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do beyond learning. Everyone is a learner; admins grant the rest.',
  valuesMap: {
    LEARNER: { description: 'Takes modules, joins discussions, books courses. Everyone holds this role.' },
    EDITOR: { description: 'Writes and publishes learning content and the library.' },
    MODERATOR: { description: 'Partnership lead: moderates, runs the course programme, reads dashboards.' },
    ADMIN: { description: 'Manages organisations, people, roles and the framework.' },
  },
});

export const Sector = enumOf<SectorName>(SECTORS);
registerEnumType(Sector, {
  name: 'Sector',
  description: 'The sector an organisation in the partnership belongs to.',
  valuesMap: Object.fromEntries(SECTORS.map((s) => [s, { description: SECTOR_LABELS[s] }])),
});

export const WorkforceGroup = enumOf<WorkforceGroupName>(WORKFORCE_GROUPS);
registerEnumType(WorkforceGroup, {
  name: 'WorkforceGroup',
  description: 'How much contact a role has with the people the partnership protects, from general contact to leaders.',
  valuesMap: Object.fromEntries(WORKFORCE_GROUPS.map((g) => [g, { description: WORKFORCE_GROUP_LABELS[g] }])),
});

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatusName = (typeof INVITATION_STATUSES)[number];
export const InvitationStatus = enumOf<InvitationStatusName>(INVITATION_STATUSES);
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands.',
  valuesMap: {
    PENDING: { description: 'Sent and still usable.' },
    ACCEPTED: { description: 'Used to create an account.' },
    REVOKED: { description: 'Withdrawn by an admin.' },
    EXPIRED: { description: 'Not used in time.' },
  },
});

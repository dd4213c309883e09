import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SectorName } from '@common-ground/shared';
import { Connection } from '../../../common/graphql/connection';
import type { OrganisationEntity } from '../entities/organisation.entity';
import { Sector } from './enums';

@ObjectType({ description: 'An agency in the partnership. Every person belongs to exactly one.' })
export class Organisation {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The organisation’s name, unique in the partnership.' })
  name: string;

  @Field(() => Sector, { description: 'The sector it belongs to.' })
  sector: SectorName;

  @Field({ description: 'True when it funds the partnership (its staff train free of charge).' })
  fundsPartnership: boolean;

  @Field({ description: 'For voluntary and community groups: true when a member of the Safer programme.' })
  saferProgrammeMember: boolean;

  @Field(() => [String], {
    description: 'Lower-case email domains whose owners may create their own account in this organisation.',
  })
  emailDomains: string[];
}

@ObjectType({ description: 'A page of organisations, ordered by name.' })
export class OrganisationConnection extends Connection(Organisation, 'Organisation') {}

/** Maps an organisation row to its GraphQL model. */
export const toOrganisation = (e: OrganisationEntity): Organisation => ({
  id: e.id,
  name: e.name,
  sector: e.sector,
  fundsPartnership: e.fundsPartnership,
  saferProgrammeMember: e.saferProgrammeMember,
  emailDomains: e.emailDomains,
});

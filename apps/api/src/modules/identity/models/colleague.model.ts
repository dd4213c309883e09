import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PersonEntity } from '../entities/person.entity';

/**
 * What any member of staff may see of a colleague: name, job title and organisation. Used
 * where one person is shown to another (a line manager), so naming someone never reveals
 * their email address, roles or account details.
 */
@ObjectType({ description: 'A colleague as other staff see them: name, job title and organisation.' })
export class Colleague {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field({ description: 'Job title, as the person wrote it.' })
  jobTitle: string;

  /** Resolved into `organisation` through a per-request loader; not a GraphQL field. */
  organisationId: string;
}

export const toColleague = (e: PersonEntity): Colleague => ({
  id: e.id,
  name: e.name,
  jobTitle: e.jobTitle,
  organisationId: e.organisationId,
});

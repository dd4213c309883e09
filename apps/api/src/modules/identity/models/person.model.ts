import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RoleName, WorkforceGroupName } from '@common-ground/shared';
import type { Actor } from '../../../common/auth/actor';
import { Connection } from '../../../common/graphql/connection';
import type { PersonEntity } from '../entities/person.entity';
import { canSeeEmail, personPermissions } from '../identity.policy';
import { Role, WorkforceGroup } from './enums';

@ObjectType({ description: 'What the viewer may do to this person; the web app shows or hides actions from this.' })
export class PersonPermissions {
  @Field({ description: 'May edit this profile (only the person themself).' })
  editProfile: boolean;

  @Field({ description: 'May grant and remove roles (admins).' })
  manageRoles: boolean;

  @Field({ description: 'May deactivate or reactivate this account (admins, not on themselves).' })
  deactivate: boolean;
}

@ObjectType({ description: 'A member of staff with an account.' })
export class Person {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field({ description: 'Job title, as the person wrote it.' })
  jobTitle: string;

  @Field(() => WorkforceGroup, { description: 'Workforce group, by how much contact the role has with the public.' })
  workforceGroup: WorkforceGroupName;

  @Field(() => [Role], { description: 'Roles held; always includes LEARNER.' })
  roles: RoleName[];

  @Field(() => String, {
    nullable: true,
    description: 'Email address; null unless the viewer is the person, their line manager, a moderator or an admin.',
  })
  email: string | null;

  @Field({ description: 'Preferred interface language (a code such as en or pl).' })
  preferredLanguage: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The line manager’s email address as the person gave it; null unless the viewer may see this person’s email.',
  })
  lineManagerEmail: string | null;

  @Field({ description: 'False once an admin has deactivated the account.' })
  active: boolean;

  @Field({ description: 'True once the person has confirmed their email address.' })
  emailVerified: boolean;

  @Field({ description: 'When the account was created.' })
  createdAt: Date;

  @Field(() => PersonPermissions, { description: 'What the viewer may do to this person.' })
  viewerCan: PersonPermissions;

  /** Resolved into `organisation` through a per-request loader; not a GraphQL field. */
  organisationId: string;

  /** Resolved into `lineManager` through a per-request loader; not a GraphQL field. */
  lineManagerId: string | null;
}

@ObjectType({ description: 'A page of people, ordered by name.' })
export class PersonConnection extends Connection(Person, 'Person') {}

/**
 * Maps a person row to its model as the viewer may see it: the email addresses are
 * blanked unless the identity policy lets the viewer see them.
 */
export function toPerson(e: PersonEntity, viewer: Actor | null): Person {
  const maySeeEmail = canSeeEmail(viewer, e);
  return {
    id: e.id,
    name: e.name,
    jobTitle: e.jobTitle,
    workforceGroup: e.workforceGroup,
    roles: e.roles,
    email: maySeeEmail ? e.email : null,
    preferredLanguage: e.preferredLanguage,
    lineManagerEmail: maySeeEmail ? e.lineManagerEmail : null,
    active: e.deactivatedAt === null,
    emailVerified: e.emailVerifiedAt !== null,
    createdAt: e.createdAt,
    viewerCan: personPermissions(viewer, e),
    organisationId: e.organisationId,
    lineManagerId: e.lineManagerId,
  };
}

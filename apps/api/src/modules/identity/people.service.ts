import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, Not, Repository } from 'typeorm';
import { ROLES, type RoleName, type WorkforceGroupName } from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { forbidden, notFound, unauthenticated } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { PersonEntity } from './entities/person.entity';
import { IdentityErrors } from './identity.errors';
import { IdentityLoaderFactory } from './identity.loaders';
import { canDeactivate, canManageRoles, canViewPerson } from './identity.policy';
import { likePattern, searchText } from './organisations.service';
import { SessionEndings } from './session-endings';
import { SessionsService } from './sessions.service';

export interface PeopleFilter {
  search?: string | null;
  organisationId?: string | null;
  role?: RoleName | null;
  includeDeactivated?: boolean | null;
}

export interface ProfileDetails {
  name: string;
  jobTitle: string;
  workforceGroup: WorkforceGroupName;
  preferredLanguage: string;
  lineManagerEmail?: string | null;
}

/** LEARNER always, then the others once each in the canonical order. */
export function normaliseRoles(roles: readonly RoleName[]): RoleName[] {
  const wanted = new Set<RoleName>(['LEARNER', ...roles]);
  return ROLES.filter((r) => wanted.has(r));
}

/**
 * People and their accounts as other features need them, and the admin's and the
 * person's own changes to them.
 */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly loaders: IdentityLoaderFactory,
    private readonly sessions: SessionsService,
    private readonly endings: SessionEndings,
  ) {}

  /** The signed-in person's own row, or null when signed out. */
  async viewer(ctx: RequestContext): Promise<PersonEntity | null> {
    if (!ctx.actor) return null;
    return this.loaders.for(ctx).person.load(ctx.actor.id);
  }

  /** One person by id (batched per request). Throws NOT_FOUND for an unknown or malformed id, and for someone the viewer may not see (`canViewPerson`). */
  async get(ctx: RequestContext, id: string): Promise<PersonEntity> {
    const row = isUuid(id) ? await this.loaders.for(ctx).person.load(id) : null;
    if (!row || !canViewPerson(ctx.actor, row)) throw notFound('That person');
    return row;
  }

  /** One person by id, or null (batched per request); for other features' field resolvers. */
  async find(ctx: RequestContext, id: string | null | undefined): Promise<PersonEntity | null> {
    return isUuid(id) ? this.loaders.for(ctx).person.load(id) : null;
  }

  /** The active account with this email address (trimmed, lower-cased), if any. */
  async findActiveByEmail(email: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ email: email.trim().toLowerCase(), deactivatedAt: IsNull() });
  }

  /**
   * One page of a line manager's active direct reports, by name then id (keyset): the
   * people who named them as line manager. Two statements: a count and the page.
   */
  async reports(managerId: string, first: number, after: string | null | undefined): Promise<Page<PersonEntity>> {
    const cursor = decodeCursor(after, 2);
    const cursorOf = (p: PersonEntity) => encodeCursor([p.name, p.id]);
    const filtered = () =>
      this.people
        .createQueryBuilder('p')
        .where('p.line_manager_id = :managerId', { managerId })
        .andWhere('p.deactivated_at is null');
    const totalCount = await filtered().getCount();
    const qb = filtered().orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
    if (cursor) qb.andWhere('(p.name, p.id) > (:name, :id::uuid)', { name: String(cursor[0]), id: String(cursor[1]) });
    const rows = await qb.limit(first + 1).getMany();
    return { items: rows.slice(0, first), hasNextPage: rows.length > first, totalCount, cursorOf };
  }

  /**
   * One page of people for admins, ordered by name then id (keyset, no OFFSET), filtered
   * by a name-or-email search (wildcards escaped), organisation and role; deactivated
   * accounts only when asked. An unknown or malformed organisation id matches nobody.
   * Always two statements: a count and the page.
   */
  async list(
    ctx: RequestContext,
    first: number,
    after: string | null | undefined,
    filter: PeopleFilter,
  ): Promise<Page<PersonEntity>> {
    if (!canManageRoles(ctx.actor)) throw forbidden();
    const cursor = decodeCursor(after, 2);
    const text = searchText(filter.search);
    const cursorOf = (p: PersonEntity) => encodeCursor([p.name, p.id]);
    if (filter.organisationId && !isUuid(filter.organisationId)) {
      return { items: [], hasNextPage: false, totalCount: 0, cursorOf };
    }
    const filtered = () => {
      const qb = this.people.createQueryBuilder('p').where('true');
      if (text)
        qb.andWhere(`(lower(p.name) ilike :pattern escape '\\' or p.email ilike :pattern escape '\\')`, {
          pattern: likePattern(text),
        });
      if (filter.organisationId)
        qb.andWhere('p.organisation_id = :organisationId', { organisationId: filter.organisationId });
      if (filter.role) qb.andWhere(':role = any(p.roles)', { role: filter.role });
      if (!filter.includeDeactivated) qb.andWhere('p.deactivated_at is null');
      return qb;
    };
    const totalCount = await filtered().getCount();
    const qb = filtered().orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
    if (cursor) qb.andWhere('(p.name, p.id) > (:name, :id::uuid)', { name: String(cursor[0]), id: String(cursor[1]) });
    const rows = await qb.limit(first + 1).getMany();
    return { items: rows.slice(0, first), hasNextPage: rows.length > first, totalCount, cursorOf };
  }

  /**
   * The signed-in person changes their own profile. A line manager email that belongs
   * to a confirmed, active account links that account; any other address is kept as
   * text only, and an empty one removes the line manager. Throws BAD_USER_INPUT when
   * the address is the person's own, UNAUTHENTICATED when signed out.
   */
  async updateProfile(ctx: RequestContext, details: ProfileDetails): Promise<PersonEntity> {
    if (!ctx.actor) throw unauthenticated();
    const person = await this.people.findOneBy({ id: ctx.actor.id });
    if (!person) throw unauthenticated();
    const managerEmail = details.lineManagerEmail?.trim().toLowerCase() || null;
    if (managerEmail && managerEmail === person.email) throw IdentityErrors.ownEmailAsManager();
    const manager = managerEmail
      ? await this.people.findOneBy({ email: managerEmail, deactivatedAt: IsNull(), emailVerifiedAt: Not(IsNull()) })
      : null;
    person.name = details.name.trim();
    person.jobTitle = details.jobTitle.trim();
    person.workforceGroup = details.workforceGroup;
    person.preferredLanguage = details.preferredLanguage;
    person.lineManagerEmail = managerEmail;
    person.lineManagerId = manager?.id ?? null;
    const saved = await this.people.save(person);
    this.loaders.for(ctx).person.clear(saved.id).prime(saved.id, saved);
    return saved;
  }

  /**
   * An admin sets the full list of a person's roles. LEARNER is always kept; admins
   * cannot remove their own ADMIN role (CONFLICT), so an admin always remains. Throws
   * FORBIDDEN for non-admins and NOT_FOUND for an unknown person.
   */
  async setRoles(ctx: RequestContext, personId: string, roles: readonly RoleName[]): Promise<PersonEntity> {
    if (!canManageRoles(ctx.actor)) throw forbidden();
    const person = await this.requireRow(personId);
    const next = normaliseRoles(roles);
    if (person.id === ctx.actor?.id && !next.includes('ADMIN')) throw IdentityErrors.keepOwnAdmin();
    person.roles = next;
    const saved = await this.saveAndPrime(ctx, person);
    this.endings.rolesChanged(saved.id);
    return saved;
  }

  /**
   * An admin deactivates someone else's account: they are signed out everywhere at
   * once and cannot sign in again until reactivated. Repeating it changes nothing.
   * Throws FORBIDDEN for non-admins or on oneself, NOT_FOUND for an unknown person.
   */
  async deactivate(ctx: RequestContext, personId: string): Promise<PersonEntity> {
    if (!canManageRoles(ctx.actor)) throw forbidden();
    const person = await this.requireRow(personId);
    if (!canDeactivate(ctx.actor, person)) throw IdentityErrors.deactivateSelf();
    return this.dataSource.transaction(async (manager) => {
      if (!person.deactivatedAt) {
        person.deactivatedAt = new Date();
        await manager.save(person);
      }
      await this.sessions.endAllFor(person.id, undefined, manager);
      return this.prime(ctx, person);
    });
  }

  /** An admin lets a deactivated person sign in again. Throws FORBIDDEN for non-admins, NOT_FOUND for an unknown person. */
  async reactivate(ctx: RequestContext, personId: string): Promise<PersonEntity> {
    if (!canManageRoles(ctx.actor)) throw forbidden();
    const person = await this.requireRow(personId);
    if (!person.deactivatedAt) return person;
    person.deactivatedAt = null;
    return this.saveAndPrime(ctx, person);
  }

  /**
   * When an account is confirmed, the people who named its address as their line
   * manager's are linked to it, so the manager sees them from then on.
   */
  async linkReports(person: PersonEntity, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(PersonEntity)
      .set({ lineManagerId: person.id })
      .where('line_manager_email = :email and line_manager_id is null and id <> :id', {
        email: person.email,
        id: person.id,
      })
      .execute();
  }

  private async requireRow(id: string): Promise<PersonEntity> {
    const row = isUuid(id) ? await this.people.findOneBy({ id }) : null;
    if (!row) throw notFound('That person');
    return row;
  }

  private async saveAndPrime(ctx: RequestContext, person: PersonEntity): Promise<PersonEntity> {
    return this.prime(ctx, await this.people.save(person));
  }

  private prime(ctx: RequestContext, person: PersonEntity): PersonEntity {
    this.loaders.for(ctx).person.clear(person.id).prime(person.id, person);
    return person;
  }
}

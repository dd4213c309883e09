import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { SectorName } from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { badInput, notFound } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { OrganisationEntity } from './entities/organisation.entity';
import { IdentityErrors, isUniqueViolation } from './identity.errors';
import { IdentityLoaderFactory } from './identity.loaders';
import { type Organisation, toOrganisation } from './models/organisation.model';

export interface OrganisationDetails {
  name: string;
  sector: SectorName;
  fundsPartnership: boolean;
  saferProgrammeMember: boolean;
  emailDomains: string[];
}

/** Escapes LIKE wildcards so a search for "50%" means those characters. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Trims a free-text search and refuses one too long to be a real search. */
export function searchText(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (!text) return null;
  if (text.length > 100) throw badInput('search', 'Search for 100 characters or fewer.');
  return text;
}

/** Serialises organisation writes so the domain-uniqueness check cannot race. */
const ORGANISATION_WRITE_LOCK = 710_001;

/** The partnership's organisations: listing, and admins' changes with unique names and domains. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly loaders: IdentityLoaderFactory,
  ) {}

  /** One organisation by id, batched with the rest of the request's look-ups; null when unknown. */
  async load(ctx: RequestContext, id: string): Promise<OrganisationEntity | null> {
    return isUuid(id) ? this.loaders.for(ctx).organisation.load(id) : null;
  }

  /**
   * The organisation a person, colleague or invitation belongs to, as its model (batched).
   * Every such row references an existing organisation, so a missing one is a fault.
   */
  async organisationOf(ctx: RequestContext, member: { id: string; organisationId: string }): Promise<Organisation> {
    const organisation = await this.load(ctx, member.organisationId);
    if (!organisation) throw new Error(`${member.id} belongs to no organisation`);
    return toOrganisation(organisation);
  }

  /** How many active people an organisation has, batched across the request. */
  async peopleCount(ctx: RequestContext, id: string): Promise<number> {
    return isUuid(id) ? this.loaders.for(ctx).peopleCount.load(id) : 0;
  }

  /** One page of organisations ordered by name (keyset on name, id), optionally matching a name search. */
  async list(first: number, after?: string | null, search?: string | null): Promise<Page<OrganisationEntity>> {
    const cursor = decodeCursor(after, 2);
    const text = searchText(search);
    const filtered = () => {
      const qb = this.organisations.createQueryBuilder('o');
      if (text) qb.where(`o.name ilike :pattern escape '\\'`, { pattern: likePattern(text) });
      return qb;
    };
    const totalCount = await filtered().getCount();
    const qb = filtered().orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC');
    if (cursor) {
      qb.andWhere('(o.name, o.id) > (:name, :id::uuid)', { name: String(cursor[0]), id: String(cursor[1]) });
    }
    const rows = await qb.limit(first + 1).getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (o) => encodeCursor([o.name, o.id]),
    };
  }

  /** One organisation. Throws NOT_FOUND for an unknown or malformed id. */
  async get(id: string): Promise<OrganisationEntity> {
    const row = isUuid(id) ? await this.organisations.findOneBy({ id }) : null;
    if (!row) throw notFound('That organisation');
    return row;
  }

  /** The organisation whose staff own this email domain, if any. */
  async findByEmailDomain(domain: string): Promise<OrganisationEntity | null> {
    return this.organisations
      .createQueryBuilder('o')
      .where('o.email_domains @> array[:domain]::text[]', { domain: domain.toLowerCase() })
      .getOne();
  }

  /**
   * Adds an organisation. Names and email domains stay unique across the partnership:
   * throws CONFLICT naming the clash.
   */
  async create(details: OrganisationDetails): Promise<OrganisationEntity> {
    return this.write(async (manager) => {
      await this.assertUnique(manager, details, null);
      return manager.save(manager.create(OrganisationEntity, details));
    });
  }

  /**
   * Changes an organisation's details, keeping names and domains unique. Throws
   * NOT_FOUND for an unknown id and CONFLICT for a clash. People already in it stay.
   */
  async update(id: string, details: OrganisationDetails): Promise<OrganisationEntity> {
    if (!isUuid(id)) throw notFound('That organisation');
    return this.write(async (manager) => {
      const row = await manager.findOneBy(OrganisationEntity, { id });
      if (!row) throw notFound('That organisation');
      await this.assertUnique(manager, details, id);
      Object.assign(row, details);
      return manager.save(row);
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('select pg_advisory_xact_lock($1)', [ORGANISATION_WRITE_LOCK]);
        return work(manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_name_key')) throw IdentityErrors.organisationNameTaken();
      throw error;
    }
  }

  private async assertUnique(
    manager: EntityManager,
    details: OrganisationDetails,
    exceptId: string | null,
  ): Promise<void> {
    const sameName = manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('lower(o.name) = lower(:name)', { name: details.name });
    if (exceptId) sameName.andWhere('o.id <> :exceptId', { exceptId });
    if (await sameName.getExists()) throw IdentityErrors.organisationNameTaken();

    if (!details.emailDomains.length) return;
    const sharing = manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.email_domains && :domains::text[]', { domains: details.emailDomains });
    if (exceptId) sharing.andWhere('o.id <> :exceptId', { exceptId });
    const other = await sharing.orderBy('o.name').getOne();
    if (other) {
      const domain = details.emailDomains.find((d) => other.emailDomains.includes(d)) ?? details.emailDomains[0];
      throw IdentityErrors.domainTaken(domain, other.name);
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FRAMEWORK_LIMITS as L, type ResourceKindName } from '@common-ground/shared';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { forbidden } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { CatalogueService } from '../learning/catalogue.service';
import type { CompetencyInput, ResourceInput, StrandInput, WorkforceGroupInput } from './dto/framework.inputs';
import { CompetencyEntity } from './entities/competency.entity';
import { ResourceCompetencyEntity } from './entities/resource-competency.entity';
import { ResourceEntity } from './entities/resource.entity';
import { StrandEntity } from './entities/strand.entity';
import { WorkforceGroupEntity } from './entities/workforce-group.entity';
import { FrameworkErrors } from './framework.errors';
import { canEditFramework } from './framework.policy';
import type { ResourceCompetency } from './models/framework.model';

const UNIQUE_VIOLATION = '23505';

/** True when a write failed on the named unique index. */
function violates(error: unknown, index: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === UNIQUE_VIOLATION && driver.constraint === index;
}

/** A resource with the competencies it serves, named. */
export interface ResourceWithCompetencies {
  resource: ResourceEntity;
  competencies: ResourceCompetency[];
}

export interface CompetencyFilter {
  strandId?: string | null;
  workforceGroupId?: string | null;
  unmappedOnly?: boolean | null;
}

/**
 * Admins keep the framework: strands, workforce groups, competencies, and learning resources
 * with the competencies each serves. Every method refuses anyone but an admin (FORBIDDEN),
 * answers NOT_FOUND for what does not exist, and keeps names unique (CONFLICT).
 */
@Injectable()
export class FrameworkAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
  ) {}

  private guard(ctx: RequestContext): void {
    if (!canEditFramework(ctx.actor)) throw forbidden();
  }

  /** Adds a strand (at most FRAMEWORK_LIMITS.strandsMax). */
  async createStrand(ctx: RequestContext, input: StrandInput): Promise<StrandEntity> {
    this.guard(ctx);
    if ((await this.dataSource.manager.count(StrandEntity)) >= L.strandsMax) {
      throw FrameworkErrors.tooMany('name', 'strands', L.strandsMax);
    }
    return this.saveUnique(
      () => this.dataSource.manager.save(StrandEntity, { ...input }),
      'framework_strand_name_key',
      'strand',
    );
  }

  /** Changes a strand. */
  async updateStrand(ctx: RequestContext, id: string, input: StrandInput): Promise<StrandEntity> {
    this.guard(ctx);
    const row = await this.dataSource.manager.findOneBy(StrandEntity, { id });
    if (!row) throw FrameworkErrors.strandNotFound();
    return this.saveUnique(
      () => this.dataSource.manager.save(StrandEntity, { ...row, ...input }),
      'framework_strand_name_key',
      'strand',
    );
  }

  /** Deletes a strand with its competencies (and their ratings and mapping). */
  async deleteStrand(ctx: RequestContext, id: string): Promise<void> {
    this.guard(ctx);
    const result = await this.dataSource.manager.delete(StrandEntity, { id });
    if (!result.affected) throw FrameworkErrors.strandNotFound();
  }

  /** Adds a workforce group (at most FRAMEWORK_LIMITS.workforceGroupsMax). */
  async createGroup(ctx: RequestContext, input: WorkforceGroupInput): Promise<WorkforceGroupEntity> {
    this.guard(ctx);
    if ((await this.dataSource.manager.count(WorkforceGroupEntity)) >= L.workforceGroupsMax) {
      throw FrameworkErrors.tooMany('name', 'workforce groups', L.workforceGroupsMax);
    }
    return this.saveGroup(() =>
      this.dataSource.manager.save(WorkforceGroupEntity, { ...input, profileGroup: input.profileGroup ?? null }),
    );
  }

  /** Changes a workforce group. */
  async updateGroup(ctx: RequestContext, id: string, input: WorkforceGroupInput): Promise<WorkforceGroupEntity> {
    this.guard(ctx);
    const row = await this.dataSource.manager.findOneBy(WorkforceGroupEntity, { id });
    if (!row) throw FrameworkErrors.groupNotFound();
    return this.saveGroup(() =>
      this.dataSource.manager.save(WorkforceGroupEntity, {
        ...row,
        ...input,
        profileGroup: input.profileGroup ?? null,
      }),
    );
  }

  /** Deletes a workforce group with its competencies. */
  async deleteGroup(ctx: RequestContext, id: string): Promise<void> {
    this.guard(ctx);
    const result = await this.dataSource.manager.delete(WorkforceGroupEntity, { id });
    if (!result.affected) throw FrameworkErrors.groupNotFound();
  }

  private async saveGroup(save: () => Promise<WorkforceGroupEntity>): Promise<WorkforceGroupEntity> {
    try {
      return await this.saveUnique(save, 'framework_workforce_group_name_key', 'workforce group');
    } catch (error) {
      if (violates(error, 'framework_workforce_group_profile_group_key')) throw FrameworkErrors.duplicateProfileGroup();
      throw error;
    }
  }

  private async saveUnique<T>(save: () => Promise<T>, index: string, what: string): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (violates(error, index)) throw FrameworkErrors.duplicateName(what);
      throw error;
    }
  }

  /**
   * Adds a competency to a strand and group (at most FRAMEWORK_LIMITS.competenciesPerCellMax
   * each). The strand and group must exist (BAD_USER_INPUT otherwise).
   */
  async createCompetency(ctx: RequestContext, input: CompetencyInput): Promise<CompetencyEntity> {
    this.guard(ctx);
    return this.dataSource.transaction(async (tx) => {
      await this.checkCell(tx, input, null);
      return tx.save(CompetencyEntity, tx.create(CompetencyEntity, { ...input }));
    });
  }

  /** Changes a competency (it may move to another strand or group). */
  async updateCompetency(ctx: RequestContext, id: string, input: CompetencyInput): Promise<CompetencyEntity> {
    this.guard(ctx);
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(CompetencyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw FrameworkErrors.competencyNotFound();
      await this.checkCell(tx, input, id);
      return tx.save(CompetencyEntity, { ...row, ...input });
    });
  }

  /** Deletes a competency, its ratings and its mapping. */
  async deleteCompetency(ctx: RequestContext, id: string): Promise<void> {
    this.guard(ctx);
    const result = await this.dataSource.manager.delete(CompetencyEntity, { id });
    if (!result.affected) throw FrameworkErrors.competencyNotFound();
  }

  /** The strand and group exist and the cell has room; the strand row is locked so two adds cannot both take the last place. */
  private async checkCell(tx: EntityManager, input: CompetencyInput, exceptId: string | null): Promise<void> {
    const strand = await tx.findOne(StrandEntity, {
      where: { id: input.strandId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!strand) throw FrameworkErrors.strandNotFound();
    if (!(await tx.existsBy(WorkforceGroupEntity, { id: input.workforceGroupId })))
      throw FrameworkErrors.groupNotFound();
    const [{ n }]: { n: number }[] = await tx.query(
      `select count(*)::int as n from framework_competency
        where strand_id = $1 and workforce_group_id = $2 and ($3::uuid is null or id <> $3::uuid)`,
      [input.strandId, input.workforceGroupId, exceptId],
    );
    if (n >= L.competenciesPerCellMax) {
      throw FrameworkErrors.tooMany('statement', 'competencies for one strand and group', L.competenciesPerCellMax);
    }
  }

  /** Adds a learning resource with its mapping. See `checkResource` for the rules. */
  async createResource(ctx: RequestContext, input: ResourceInput): Promise<ResourceEntity> {
    this.guard(ctx);
    const fields = await this.checkResource(ctx, input);
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.save(ResourceEntity, tx.create(ResourceEntity, fields));
      await this.map(tx, row.id, input.competencyIds);
      return row;
    });
  }

  /** Replaces a resource's content and mapping. */
  async updateResource(ctx: RequestContext, id: string, input: ResourceInput): Promise<ResourceEntity> {
    this.guard(ctx);
    const fields = await this.checkResource(ctx, input);
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(ResourceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw FrameworkErrors.resourceNotFound();
      const saved = await tx.save(ResourceEntity, { ...row, ...fields });
      await tx.delete(ResourceCompetencyEntity, { resourceId: id });
      await this.map(tx, id, input.competencyIds);
      return saved;
    });
  }

  /** Deletes a resource, its mapping and who marked it done. */
  async deleteResource(ctx: RequestContext, id: string): Promise<void> {
    this.guard(ctx);
    const result = await this.dataSource.manager.delete(ResourceEntity, { id });
    if (!result.affected) throw FrameworkErrors.resourceNotFound();
  }

  /**
   * A module resource names an existing module (and takes no link: its page is the
   * module's); a website needs its link; no other kind may name a module. Every competency
   * must exist (BAD_USER_INPUT otherwise).
   */
  private async checkResource(
    ctx: RequestContext,
    input: ResourceInput,
  ): Promise<{
    kind: ResourceKindName;
    title: string;
    description: string;
    url: string | null;
    moduleId: string | null;
  }> {
    const moduleId = input.moduleId ?? null;
    if (input.kind === 'MODULE') {
      if (!moduleId) throw FrameworkErrors.moduleRequired();
      if (!(await this.catalogue.moduleById(ctx, moduleId))) throw FrameworkErrors.moduleNotFound();
    } else if (moduleId) {
      throw FrameworkErrors.moduleOnlyForModules();
    }
    const url = input.kind === 'MODULE' ? null : input.url || null;
    if (input.kind === 'EXTERNAL_LINK' && !url) throw FrameworkErrors.linkRequired();
    const ids = [...new Set(input.competencyIds)];
    if (ids.length) {
      const [{ n }]: { n: number }[] = await this.dataSource.query(
        `select count(*)::int as n from framework_competency where id = any($1::uuid[])`,
        [ids],
      );
      if (n !== ids.length) throw FrameworkErrors.badCompetencies();
    }
    return { kind: input.kind, title: input.title, description: input.description, url, moduleId };
  }

  private async map(tx: EntityManager, resourceId: string, competencyIds: string[]): Promise<void> {
    const ids = [...new Set(competencyIds)];
    if (ids.length)
      await tx.insert(
        ResourceCompetencyEntity,
        ids.map((competencyId) => ({ resourceId, competencyId })),
      );
  }

  /** The strands, in order (a short list: at most FRAMEWORK_LIMITS.strandsMax). */
  strands(): Promise<StrandEntity[]> {
    return this.dataSource.manager.find(StrandEntity, { order: { position: 'ASC', name: 'ASC' }, take: L.strandsMax });
  }

  /** The workforce groups, in order (at most FRAMEWORK_LIMITS.workforceGroupsMax). */
  groups(): Promise<WorkforceGroupEntity[]> {
    return this.dataSource.manager.find(WorkforceGroupEntity, {
      order: { position: 'ASC', name: 'ASC' },
      take: L.workforceGroupsMax,
    });
  }

  /**
   * One page of competencies for admins, in strand, group and competency order (keyset),
   * optionally only those no resource serves yet (the mapping's gaps). Two statements.
   */
  async competencyPage(
    ctx: RequestContext,
    filter: CompetencyFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<CompetencyRow>> {
    this.guard(ctx);
    const cursor = decodeCursor(after, 6);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.strandId) where.push(`c.strand_id = $${params.push(filter.strandId)}`);
    if (filter.workforceGroupId) where.push(`c.workforce_group_id = $${params.push(filter.workforceGroupId)}`);
    if (filter.unmappedOnly) {
      where.push(`not exists (select 1 from framework_resource_competency rc where rc.competency_id = c.id)`);
    }
    const from = `from framework_competency c join framework_strand s on s.id = c.strand_id
                  join framework_workforce_group g on g.id = c.workforce_group_id`;
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `select count(*)::int as n ${from} ${where.length ? `where ${where.join(' and ')}` : ''}`,
      params,
    );
    const pageParams = [...params];
    const pageWhere = [...where];
    if (cursor) {
      const at = cursor.map((k) => `$${pageParams.push(k)}`);
      pageWhere.push(
        `(s.position, s.id, g.position, g.id, c.position, c.id) > (${at[0]}::int, ${at[1]}::uuid, ${at[2]}::int, ${at[3]}::uuid, ${at[4]}::int, ${at[5]}::uuid)`,
      );
    }
    const rows = await this.competencyRows(
      ctx,
      `${pageWhere.length ? `where ${pageWhere.join(' and ')}` : ''}`,
      pageParams,
      `limit ${first + 1}`,
    );
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount: n,
      cursorOf: (r) =>
        encodeCursor([r.strand_position, r.strand_id, r.group_position, r.workforce_group_id, r.position, r.id]),
    };
  }

  /**
   * Competency rows with their strand and group names, how many resources serve each and
   * the viewer's own rating, in one statement, in strand, group and competency order.
   */
  async competencyRows(ctx: RequestContext, where: string, params: unknown[], limit = ''): Promise<CompetencyRow[]> {
    const viewer = `$${params.length + 1}::uuid`;
    return this.dataSource.query(
      `select c.id, c.statement, c.kind, c.position, c.strand_id, c.workforce_group_id,
              s.name as strand_name, s.position as strand_position, g.name as group_name, g.position as group_position,
              (select count(*)::int from framework_resource_competency rc where rc.competency_id = c.id) as resource_count,
              (select r.confidence from framework_confidence_rating r where r.competency_id = c.id and r.person_id = ${viewer}) as viewer_confidence
         from framework_competency c join framework_strand s on s.id = c.strand_id
         join framework_workforce_group g on g.id = c.workforce_group_id
         ${where}
        order by s.position, s.id, g.position, g.id, c.position, c.id ${limit}`,
      [...params, ctx.actor?.id ?? null],
    );
  }

  /** One competency for admins. */
  async competency(ctx: RequestContext, id: string): Promise<CompetencyRow> {
    this.guard(ctx);
    const [row] = isUuid(id) ? await this.competencyRows(ctx, 'where c.id = $1', [id]) : [];
    if (!row) throw FrameworkErrors.competencyNotFound();
    return row;
  }

  /** One page of resources for admins, by title (keyset), optionally of one kind; with their competencies. Three statements. */
  async resourcePage(
    ctx: RequestContext,
    kind: ResourceKindName | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<ResourceWithCompetencies>> {
    this.guard(ctx);
    const cursor = decodeCursor(after, 2);
    const filtered = () => {
      const qb = this.dataSource.manager.createQueryBuilder(ResourceEntity, 'r').where('true');
      if (kind) qb.andWhere('r.kind = :kind', { kind });
      return qb;
    };
    const totalCount = await filtered().getCount();
    const qb = filtered().orderBy('r.title', 'ASC').addOrderBy('r.id', 'ASC');
    if (cursor)
      qb.andWhere('(r.title, r.id) > (:title, :id::uuid)', { title: String(cursor[0]), id: String(cursor[1]) });
    const rows = await qb.limit(first + 1).getMany();
    const items = await this.withCompetencies(rows.slice(0, first));
    return {
      items,
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (r) => encodeCursor([r.resource.title, r.resource.id]),
    };
  }

  /** One resource for admins, with its competencies. */
  async resource(ctx: RequestContext, id: string): Promise<ResourceWithCompetencies> {
    this.guard(ctx);
    const row = isUuid(id) ? await this.dataSource.manager.findOneBy(ResourceEntity, { id }) : null;
    if (!row) throw FrameworkErrors.resourceNotFound();
    return (await this.withCompetencies([row]))[0];
  }

  /** The competencies each resource serves, named, for all of them in one statement. */
  async withCompetencies(resources: ResourceEntity[]): Promise<ResourceWithCompetencies[]> {
    if (!resources.length) return [];
    const rows: { resource_id: string; id: string; statement: string; strand_name: string; group_name: string }[] =
      await this.dataSource.query(
        `select rc.resource_id, c.id, c.statement, s.name as strand_name, g.name as group_name
           from framework_resource_competency rc join framework_competency c on c.id = rc.competency_id
           join framework_strand s on s.id = c.strand_id join framework_workforce_group g on g.id = c.workforce_group_id
          where rc.resource_id = any($1::uuid[])
          order by s.position, g.position, c.position, c.id`,
        [resources.map((r) => r.id)],
      );
    return resources.map((resource) => ({
      resource,
      competencies: rows
        .filter((r) => r.resource_id === resource.id)
        .map((r) => ({
          id: r.id,
          statement: r.statement,
          strandName: r.strand_name,
          workforceGroupName: r.group_name,
        })),
    }));
  }
}

/** A competency row as `competencyRows` reads it. */
export interface CompetencyRow {
  id: string;
  statement: string;
  kind: 'KNOW' | 'DO';
  position: number;
  strand_id: string;
  workforce_group_id: string;
  strand_name: string;
  strand_position: number;
  group_name: string;
  group_position: number;
  resource_count: number;
  viewer_confidence: number | null;
}

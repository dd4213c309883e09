import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FRAMEWORK_LIMITS as L, GAP_CONFIDENCE_MAX, type ResourceKindName } from '@common-ground/shared';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import type { Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { sanitisePlainText } from '../../common/rich-text/plain-text';
import { PeopleService } from '../identity/people.service';
import { CatalogueService } from '../learning/catalogue.service';
import { CertificatesService } from '../learning/certificates.service';
import { CourseAttendance } from './course-attendance';
import { ResourceDoneEntity } from './entities/resource-done.entity';
import { StrandEntity } from './entities/strand.entity';
import { WorkforceGroupEntity } from './entities/workforce-group.entity';
import { FrameworkAdminService, type CompetencyRow } from './framework-admin.service';
import { FrameworkErrors } from './framework.errors';
import { canUseGroup, canViewPlan } from './framework.policy';
import type { LearningPlan, PlanGap, PlanResource, TeamMemberPlan } from './models/framework.model';

interface Rating {
  competencyId: string;
  confidence: number;
}

interface GapRow {
  competency_id: string;
  statement: string;
  kind: 'KNOW' | 'DO';
  strand_name: string;
  group_name: string;
  confidence: number;
}

interface ResourceRow {
  id: string;
  kind: ResourceKindName;
  title: string;
  description: string;
  url: string | null;
  module_id: string | null;
  competency_ids: string[];
  done_at: Date | null;
  reflection: string | null;
}

/** Who a plan is for: a person (their stored ratings) or a signed-out visitor (ratings they send). */
type PlanOwner = { id: string; name: string } | null;

/**
 * The interactive tool and learning plans: what a group needs to know and do in a strand,
 * confidence ratings, the plan of resources for the gaps (modules completed count by
 * themselves, courses attended will through CourseAttendance, anything else the person marks
 * done with a reflection), and a line manager's view of their team.
 */
@Injectable()
export class LearningPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly admin: FrameworkAdminService,
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
    private readonly certificates: CertificatesService,
    private readonly courses: CourseAttendance,
  ) {}

  /**
   * The workforce groups the viewer may use the tool for (signed out: only those open to the
   * public), each saying whether it is the viewer's by their profile.
   */
  async groups(ctx: RequestContext): Promise<(WorkforceGroupEntity & { isViewersGroup: boolean })[]> {
    const [rows, viewer] = await Promise.all([this.admin.groups(), this.people.viewer(ctx)]);
    return rows
      .filter((g) => canUseGroup(ctx.actor, g))
      .map((g) => ({ ...g, isViewersGroup: !!viewer && g.profileGroup === viewer.workforceGroup }));
  }

  /**
   * What a workforce group needs to know and do in a strand, with the viewer's own ratings.
   * Signed-out visitors get UNAUTHENTICATED for a group not open to the public; an unknown
   * strand or group is NOT_FOUND.
   */
  async cell(ctx: RequestContext, strandId: string, groupId: string): Promise<CompetencyRow[]> {
    if (!isUuid(strandId) || !isUuid(groupId)) throw FrameworkErrors.competencyNotFound();
    const group = await this.dataSource.manager.findOneBy(WorkforceGroupEntity, { id: groupId });
    if (!group) throw FrameworkErrors.groupNotFound();
    if (!canUseGroup(ctx.actor, group)) throw FrameworkErrors.notPublicGroup();
    const rows = await this.admin.competencyRows(
      ctx,
      'where c.strand_id = $1 and c.workforce_group_id = $2',
      [strandId, groupId],
      `limit ${L.competenciesPerCellMax}`,
    );
    if (!rows.length && !(await this.dataSource.manager.existsBy(StrandEntity, { id: strandId }))) {
      throw FrameworkErrors.strandNotFound();
    }
    return rows;
  }

  /** Keeps the signed-in person's ratings (the latest answer per competency). Unknown competencies are BAD_USER_INPUT. */
  async rate(ctx: RequestContext, ratings: Rating[]): Promise<void> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const latest = new Map(ratings.map((r) => [r.competencyId, r.confidence]));
    if (!latest.size) return;
    const ids = [...latest.keys()];
    const confidences = ids.map((id) => latest.get(id) as number);
    await this.dataSource.transaction(async (tx) => {
      const saved: unknown[] = await tx.query(
        `insert into framework_confidence_rating (person_id, competency_id, confidence, updated_at)
         select $1, c.id, x.confidence, now()
           from unnest($2::uuid[], $3::smallint[]) as x(id, confidence) join framework_competency c on c.id = x.id
         on conflict (person_id, competency_id) do update set confidence = excluded.confidence, updated_at = now()
         returning competency_id`,
        [actor.id, ids, confidences],
      );
      // Any unknown competency undoes the whole batch.
      if (saved.length !== ids.length) throw FrameworkErrors.badCompetencies();
    });
  }

  /**
   * A person's learning plan: the viewer's own when `personId` is absent, else one they may
   * see (their report's as line manager; any as lead or admin). Anyone else's is NOT_FOUND.
   */
  async plan(ctx: RequestContext, personId: string | null | undefined): Promise<LearningPlan> {
    if (!ctx.actor) throw unauthenticated();
    const owner = personId ? await this.people.find(ctx, personId) : await this.people.viewer(ctx);
    if (!owner || !canViewPlan(ctx.actor, owner)) throw FrameworkErrors.planNotFound();
    const gaps: GapRow[] = await this.dataSource.query(
      `select ${GAP_COLUMNS}, r.confidence ${GAP_FROM} join framework_confidence_rating r on r.competency_id = c.id and r.person_id = $1
        where r.confidence <= ${GAP_CONFIDENCE_MAX}
        order by s.position, s.id, g.position, g.id, c.position, c.id limit ${L.planItemsMax + 1}`,
      [owner.id],
    );
    const [{ rated }]: { rated: number }[] = await this.dataSource.query(
      `select count(*)::int as rated from framework_confidence_rating where person_id = $1`,
      [owner.id],
    );
    return this.build(ctx, { id: owner.id, name: owner.name }, gaps, rated);
  }

  /**
   * A signed-out visitor's plan, from ratings their browser keeps: nothing is stored. Only
   * competencies of groups open to the public count (others are BAD_USER_INPUT).
   */
  async publicPlan(ctx: RequestContext, ratings: Rating[]): Promise<LearningPlan> {
    const latest = new Map(ratings.map((r) => [r.competencyId, r.confidence]));
    const ids = [...latest.keys()];
    const rows: (Omit<GapRow, 'confidence'> & { open_to_public: boolean })[] = ids.length
      ? await this.dataSource.query(
          `select ${GAP_COLUMNS}, g.open_to_public ${GAP_FROM} where c.id = any($1::uuid[])
            order by s.position, s.id, g.position, g.id, c.position, c.id`,
          [ids],
        )
      : [];
    if (rows.length !== ids.length || rows.some((r) => !r.open_to_public))
      throw FrameworkErrors.ratingsNotInPublicGroup();
    const gaps = rows
      .map((r) => ({ ...r, confidence: latest.get(r.competency_id) as number }))
      .filter((r) => r.confidence <= GAP_CONFIDENCE_MAX);
    return this.build(ctx, null, gaps, ids.length);
  }

  /** The plan from its gaps: the resources serving them and what is done. Three statements more. */
  private async build(ctx: RequestContext, owner: PlanOwner, gapRows: GapRow[], rated: number): Promise<LearningPlan> {
    const truncatedGaps = gapRows.length > L.planItemsMax;
    const gaps = gapRows.slice(0, L.planItemsMax);
    const gapIds = gaps.map((g) => g.competency_id);
    const rows: ResourceRow[] = gapIds.length
      ? await this.dataSource.query(
          `select res.id, res.kind, res.title, res.description, res.url, res.module_id,
                  array_agg(rc.competency_id) as competency_ids, d.done_at, d.reflection
             from framework_resource res
             join framework_resource_competency rc on rc.resource_id = res.id and rc.competency_id = any($1::uuid[])
             left join framework_resource_done d on d.resource_id = res.id and d.person_id = $2::uuid
            group by res.id, d.done_at, d.reflection
            order by res.title, res.id limit ${L.planItemsMax + 1}`,
          [gapIds, owner?.id ?? null],
        )
      : [];
    const visible = await this.visibleModules(ctx, rows);
    const listed = rows.slice(0, L.planItemsMax).filter((r) => !r.module_id || visible.has(r.module_id));
    const automatic = owner ? await this.automaticallyDone([owner.id], listed) : new Map<string, Set<string>>();
    const doneByItself = automatic.get(owner?.id ?? '') ?? new Set<string>();
    const resources: PlanResource[] = listed.map((r) => {
      const auto = doneByItself.has(r.id);
      const marked = !auto && r.done_at !== null;
      return {
        resourceId: r.id,
        kind: r.kind,
        title: r.title,
        description: r.description,
        url: r.module_id ? `/learn/${visible.get(r.module_id)}` : r.url,
        done: auto || marked,
        completion: auto ? 'AUTOMATIC' : marked ? 'MARKED' : null,
        doneAt: marked ? new Date(r.done_at as Date) : null,
        reflection: marked ? r.reflection : null,
        countsAutomatically: r.kind === 'MODULE',
        serves: gaps.filter((g) => r.competency_ids.includes(g.competency_id)).map((g) => g.statement),
      };
    });
    resources.sort((a, b) => Number(a.done) - Number(b.done));
    const planGaps: PlanGap[] = gaps.map((g) => ({
      competencyId: g.competency_id,
      statement: g.statement,
      kind: g.kind,
      strandName: g.strand_name,
      workforceGroupName: g.group_name,
      confidence: Number(g.confidence),
    }));
    return {
      personId: owner?.id ?? null,
      personName: owner?.name ?? null,
      ratedCount: rated,
      gapCount: truncatedGaps ? gapRows.length : gaps.length,
      resourceCount: resources.length,
      doneCount: resources.filter((r) => r.done).length,
      truncated: truncatedGaps || rows.length > L.planItemsMax,
      viewerCanMarkDone: !!owner && owner.id === ctx.actor?.id,
      gaps: planGaps,
      resources,
    };
  }

  /** The slugs of the modules behind module resources that the viewer may open (batched: one statement). */
  private async visibleModules(
    ctx: RequestContext,
    rows: { module_id: string | null }[],
  ): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.module_id).filter((id): id is string => !!id))];
    const modules = await Promise.all(ids.map((id) => this.catalogue.moduleById(ctx, id)));
    const result = new Map<string, string>();
    for (const m of modules) {
      if (m && m.status === 'PUBLISHED' && (ctx.actor || m.audience === 'PUBLIC')) result.set(m.id, m.slug);
    }
    return result;
  }

  /**
   * For each person, the resources that are done by themselves: modules they completed (a
   * certificate) and courses they attended (through the CourseAttendance hook).
   */
  private async automaticallyDone(
    personIds: string[],
    resources: readonly { id: string; kind: ResourceKindName; module_id: string | null }[],
  ): Promise<Map<string, Set<string>>> {
    const courseIds = resources.filter((r) => r.kind === 'COURSE').map((r) => r.id);
    const [completed, attended] = await Promise.all([
      this.certificates.completedModules(personIds),
      this.courses.attendedResources(personIds, courseIds),
    ]);
    const result = new Map<string, Set<string>>();
    for (const personId of personIds) {
      const modules = completed.get(personId) ?? new Set<string>();
      const done = new Set(attended.get(personId) ?? []);
      for (const r of resources) if (r.module_id && modules.has(r.module_id)) done.add(r.id);
      result.set(personId, done);
    }
    return result;
  }

  /**
   * The signed-in person marks a resource done with a reflection (plain text: markup and
   * control characters removed). Marking again replaces the reflection. A module is done by
   * completing it, so it cannot be marked (BAD_USER_INPUT); an unknown resource is NOT_FOUND.
   */
  async markDone(ctx: RequestContext, resourceId: string, reflection: string): Promise<void> {
    if (!ctx.actor) throw unauthenticated();
    const [resource]: { kind: ResourceKindName }[] = await this.dataSource.query(
      `select kind from framework_resource where id = $1`,
      [resourceId],
    );
    if (!resource) throw FrameworkErrors.resourceNotFound();
    if (resource.kind === 'MODULE') throw FrameworkErrors.moduleDoneAutomatically();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ResourceDoneEntity)
      .values({ personId: ctx.actor.id, resourceId, reflection: sanitisePlainText(reflection) })
      .orUpdate(['reflection'], ['person_id', 'resource_id'])
      .execute();
  }

  /** The signed-in person takes back a "done" they marked (nothing happens when there was none). */
  async unmarkDone(ctx: RequestContext, resourceId: string): Promise<void> {
    if (!ctx.actor) throw unauthenticated();
    await this.dataSource.manager.delete(ResourceDoneEntity, { personId: ctx.actor.id, resourceId });
  }

  /**
   * One page of the viewer's direct reports with how far each has got with their plan:
   * ratings, gaps, resources for the gaps and how many are done. A fixed number of
   * statements whatever the page size.
   */
  async team(ctx: RequestContext, first: number, after: string | null | undefined): Promise<Page<TeamMemberPlan>> {
    if (!ctx.actor) throw unauthenticated();
    const page = await this.people.reports(ctx.actor.id, first, after);
    const ids = page.items.map((p) => p.id);
    const [counts, resources] = ids.length
      ? await Promise.all([
          this.dataSource.query<{ person_id: string; rated: number; gaps: number }[]>(
            `select person_id, count(*)::int as rated, count(*) filter (where confidence <= ${GAP_CONFIDENCE_MAX})::int as gaps
               from framework_confidence_rating where person_id = any($1::uuid[]) group by person_id`,
            [ids],
          ),
          this.dataSource.query<
            { person_id: string; id: string; kind: ResourceKindName; module_id: string | null; marked: boolean }[]
          >(
            `select distinct r.person_id, res.id, res.kind, res.module_id, (d.person_id is not null) as marked
               from framework_confidence_rating r
               join framework_resource_competency rc on rc.competency_id = r.competency_id
               join framework_resource res on res.id = rc.resource_id
               left join framework_resource_done d on d.resource_id = res.id and d.person_id = r.person_id
              where r.person_id = any($1::uuid[]) and r.confidence <= ${GAP_CONFIDENCE_MAX}`,
            [ids],
          ),
        ])
      : ([[], []] as const);
    const automatic = await this.automaticallyDone(ids, resources);
    const items = page.items.map((p): TeamMemberPlan => {
      const count = counts.find((c) => c.person_id === p.id);
      const mine = resources.filter((r) => r.person_id === p.id);
      const auto = automatic.get(p.id) ?? new Set<string>();
      return {
        personId: p.id,
        name: p.name,
        jobTitle: p.jobTitle,
        ratedCount: count?.rated ?? 0,
        gapCount: count?.gaps ?? 0,
        resourceCount: mine.length,
        doneCount: mine.filter((r) => auto.has(r.id) || (r.kind !== 'MODULE' && r.marked)).length,
      };
    });
    const byId = new Map(page.items.map((p) => [p.id, p]));
    return {
      items,
      hasNextPage: page.hasNextPage,
      totalCount: page.totalCount,
      cursorOf: (m) => page.cursorOf(byId.get(m.personId) as (typeof page.items)[number]),
    };
  }
}

/** A gap's columns: the competency with its strand's and group's names. */
const GAP_COLUMNS = `c.id as competency_id, c.statement, c.kind, s.name as strand_name, g.name as group_name`;
const GAP_FROM = `from framework_competency c join framework_strand s on s.id = c.strand_id
  join framework_workforce_group g on g.id = c.workforce_group_id`;

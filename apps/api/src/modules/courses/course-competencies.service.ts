import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { FRAMEWORK_LIMITS } from '@common-ground/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { CourseErrors } from './courses.errors';
import type { CourseEntity } from './entities/course.entity';
import type { CourseCompetency } from './models/course-competency.model';

/** The framework resource's description holds at most this many characters. */
const RESOURCE_DESCRIPTION_MAX = 1000;

const COMPETENCY_COLUMNS = `c.id, c.statement, c.kind, c.strand_id as "strandId", s.name as "strandName",
  g.name as "workforceGroupName"`;
const COMPETENCY_FROM = `framework_competency c join framework_strand s on s.id = c.strand_id
  join framework_workforce_group g on g.id = c.workforce_group_id`;
const COMPETENCY_ORDER = `s.position, s.name, g.position, g.name, c.position, c.id`;

/** Where a course's learning resource sends a person: the programme, showing that course's sessions. */
export const courseResourceUrl = (courseId: string): string => `/courses?course=${courseId}`;

/**
 * Links courses to the framework. Each course is also a learning resource of kind COURSE
 * (`framework_resource.course_id`), so learning plans suggest it for the gaps it fills and
 * count it once attended; the competencies a course serves are its resources' mapping: one
 * mapping, edited from the course form or from the framework admin pages alike.
 */
@Injectable()
export class CourseCompetenciesService {
  private readonly perRequest = new WeakMap<Request, DataLoader<string, CourseCompetency[]>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates or refreshes the course's resource (title and description follow the course)
   * and, when `competencyIds` is given, makes them exactly the competencies the course's
   * resources serve. Throws BAD_USER_INPUT for a competency that does not exist. Runs in
   * the caller's transaction.
   */
  async save(m: EntityManager, course: CourseEntity, competencyIds?: string[] | null): Promise<void> {
    const description = course.description.slice(0, RESOURCE_DESCRIPTION_MAX);
    let [own] = await m.query<{ id: string }[]>(
      `select id from framework_resource where course_id = $1 and kind = 'COURSE' order by created_at, id limit 1`,
      [course.id],
    );
    if (own) {
      await m.query(`update framework_resource set title = $2, description = $3, updated_at = now() where id = $1`, [
        own.id,
        course.title,
        description,
      ]);
    } else {
      [own] = await m.query<{ id: string }[]>(
        `insert into framework_resource (kind, title, description, url, course_id)
         values ('COURSE', $1, $2, $3, $4) returning id`,
        [course.title, description, courseResourceUrl(course.id), course.id],
      );
    }
    if (!competencyIds) return;
    const ids = [...new Set(competencyIds)];
    if (ids.length > FRAMEWORK_LIMITS.competenciesPerResourceMax) throw CourseErrors.tooManyCompetencies();
    const [{ found }] = await m.query<{ found: number }[]>(
      `select count(*)::int as found from framework_competency where id = any($1::uuid[])`,
      [ids],
    );
    if (found !== ids.length) throw CourseErrors.competencyNotFound();
    await m.query(
      `delete from framework_resource_competency
        where resource_id in (select id from framework_resource where course_id = $1)
          and not (competency_id = any($2::uuid[]))`,
      [course.id, ids],
    );
    await m.query(
      `insert into framework_resource_competency (resource_id, competency_id) select $1, unnest($2::uuid[])
       on conflict do nothing`,
      [own.id, ids],
    );
  }

  /** The competencies each course serves, for many courses in one statement (per request, batched). */
  loader(ctx: RequestContext): DataLoader<string, CourseCompetency[]> {
    let loader = this.perRequest.get(ctx.req);
    if (!loader) {
      loader = new DataLoader(async (courseIds: readonly string[]) => {
        const rows = await this.dataSource.query<(CourseCompetency & { courseId: string })[]>(
          `select co.course_id as "courseId", ${COMPETENCY_COLUMNS}
             from (select distinct r.course_id, rc.competency_id
                     from framework_resource r join framework_resource_competency rc on rc.resource_id = r.id
                    where r.course_id = any($1::uuid[])) co
             join framework_competency c on c.id = co.competency_id join framework_strand s on s.id = c.strand_id
             join framework_workforce_group g on g.id = c.workforce_group_id
            order by ${COMPETENCY_ORDER}`,
          [[...courseIds]],
        );
        const byCourse = new Map<string, CourseCompetency[]>();
        for (const { courseId, ...competency } of rows) {
          const list = byCourse.get(courseId) ?? [];
          list.push(competency);
          byCourse.set(courseId, list);
        }
        return courseIds.map((id) => byCourse.get(id) ?? []);
      });
      this.perRequest.set(ctx.req, loader);
    }
    return loader;
  }

  /** Every competency of the framework, in the framework's order, for the course form's choices. */
  async choices(max: number): Promise<CourseCompetency[]> {
    return this.dataSource.query<CourseCompetency[]>(
      `select ${COMPETENCY_COLUMNS} from ${COMPETENCY_FROM} order by ${COMPETENCY_ORDER} limit $1`,
      [max],
    );
  }
}

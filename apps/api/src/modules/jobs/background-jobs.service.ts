import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hasRole } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { badInput, forbidden } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { JOBS_SCHEMA, JobsService } from './jobs.service';
import {
  type BackgroundJob,
  type BackgroundJobCounts,
  JOB_STATES,
  type JobStateName,
} from './models/background-job.model';

/** pg-boss's live jobs and its archive (where finished jobs move after a while) as one list. */
const ALL_JOBS = `(
  select id, name, state, retry_count, created_on, start_after, started_on, completed_on, output from ${JOBS_SCHEMA}.job
  union all
  select id, name, state, retry_count, created_on, start_after, started_on, completed_on, output from ${JOBS_SCHEMA}.archive
)`;

/** A cursor's timestamp as this service writes it: UTC with microseconds, so paging loses nothing. */
const CURSOR_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/;

interface JobRow {
  id: string;
  name: string;
  state: JobStateName;
  retry_count: number;
  created_on: Date;
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
  last_error: string | null;
  cursor_time: string;
  total: string;
}

/**
 * What admins see of the background jobs: read straight from pg-boss's tables, one SQL
 * statement per page. Before pg-boss has ever run on this database its tables do not
 * exist, and the lists are empty rather than an error.
 */
@Injectable()
export class BackgroundJobsService {
  private installed = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** A page of jobs, newest first, optionally in one state. Admins only: throws FORBIDDEN, BAD_USER_INPUT. */
  async list(
    ctx: RequestContext,
    state: JobStateName | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<BackgroundJob>> {
    this.assertAdmin(ctx);
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && CURSOR_TIME.test(cursor[0]) && isUuid(String(cursor[1])))) {
      throw badInput('after', 'The page cursor is not valid. Start again from the first page.');
    }
    if (!(await this.isInstalled())) return { items: [], hasNextPage: false, totalCount: 0, cursorOf: () => '' };
    // The total rides on a row of its own, so an empty page (past the end) still carries it.
    const rows: (JobRow | (Partial<JobRow> & { id: null; total: string }))[] = await this.dataSource.query(
      `with matching as (select * from ${ALL_JOBS} j where ($1::text is null or j.state::text = $1)),
       page as (
         select j.id, j.name, j.state, j.retry_count, j.created_on, j.start_after, j.started_on, j.completed_on,
                case when j.state in ('failed', 'retry') then left(j.output->>'message', 1000) end as last_error,
                to_char(j.created_on at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_time
         from matching j
         where $2::timestamptz is null or (j.created_on, j.id) < ($2::timestamptz, $3::uuid)
         order by j.created_on desc, j.id desc
         limit $4
       )
       select p.*, (select count(*) from matching) as total
       from (select 1) as one left join page p on true
       order by p.created_on desc, p.id desc`,
      [state ?? null, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    const jobs = rows.filter((r): r is JobRow => r.id !== null);
    const cursors = new Map(jobs.map((r) => [r.id, encodeCursor([r.cursor_time, r.id])]));
    return {
      items: jobs.slice(0, first).map(toBackgroundJob),
      hasNextPage: jobs.length > first,
      totalCount: Number(rows[0]?.total ?? 0),
      cursorOf: (job) => cursors.get(job.id) ?? '',
    };
  }

  /** How many jobs are in each state, in one statement. Admins only: throws FORBIDDEN. */
  async counts(ctx: RequestContext): Promise<BackgroundJobCounts> {
    this.assertAdmin(ctx);
    const counts: BackgroundJobCounts = { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
    if (!(await this.isInstalled())) return counts;
    const rows: { state: JobStateName; n: string }[] = await this.dataSource.query(
      `select state::text as state, count(*) as n from ${ALL_JOBS} j group by state`,
    );
    for (const row of rows) if (JOB_STATES.includes(row.state)) counts[row.state] = Number(row.n);
    return counts;
  }

  private assertAdmin(ctx: RequestContext): void {
    if (!hasRole(ctx.actor, 'ADMIN')) throw forbidden();
  }

  /** Whether pg-boss's tables exist: known when this process runs jobs, else asked once until they do. */
  private async isInstalled(): Promise<boolean> {
    if (this.installed || this.jobs.running) return true;
    const rows: { installed: boolean }[] = await this.dataSource.query(
      `select to_regclass('${JOBS_SCHEMA}.archive') is not null as installed`,
    );
    this.installed = rows[0].installed;
    return this.installed;
  }
}

const toBackgroundJob = (r: JobRow): BackgroundJob => ({
  id: r.id,
  queue: r.name,
  state: r.state,
  attempts: Number(r.retry_count),
  createdAt: new Date(r.created_on),
  startAfter: new Date(r.start_after),
  startedAt: r.started_on ? new Date(r.started_on) : null,
  completedAt: r.completed_on ? new Date(r.completed_on) : null,
  lastError: r.last_error,
});

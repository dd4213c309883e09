import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ApplicationStatusName, ChargeBandName, SectorName } from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { forbidden, unauthenticated } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { canManageProgramme } from './booking.service';
import { CourseErrors } from './courses.errors';
import type { ChargePeriodInput } from './dto/finance.inputs';
import type { ChargeTotals, OrganisationCharges } from './models/finance.model';
import { addDays, type CalendarDate, dayNumber, isCalendarDate } from './rules/calendar-date';
import { londonInstant } from './rules/london-time';

/** The longest period one view or export covers: two years of sessions. */
export const PERIOD_MAX_DAYS = 731;
/** The most lines one export holds; a busy programme gives out a few thousand places a year. */
export const EXPORT_MAX_LINES = 50_000;

/** A period checked and turned into instants: sessions starting in [from, until). */
export interface ChargePeriod {
  from: CalendarDate;
  to: CalendarDate;
  fromInstant: Date;
  untilInstant: Date;
}

/** One charged place, as the export lists it. */
export interface ChargeLine {
  organisationName: string;
  sector: SectorName;
  chargeBand: ChargeBandName | null;
  courseTitle: string;
  startsAt: Date;
  locality: string;
  delegateName: string;
  status: ApplicationStatusName;
  lateCancellation: boolean;
  noShow: boolean;
  chargePence: number;
}

/**
 * Every charged place on a session in the period ($1 ≤ start < $2): a place taken (a
 * delegate absent on the register is a no-show, still charged), or one given up after the
 * free cancellation deadline. Sessions the partnership cancelled charge nothing.
 */
const CHARGED_LINES = `select a.id, a.organisation_id, o.name as organisation_name, o.sector, a.charge_band,
      c.title as course_title, s.starts_at, s.locality, p.name as delegate_name, a.status, a.late_cancellation,
      coalesce(att.status = 'ABSENT', false) as no_show, a.charge_pence
    from course_application a
    join course_session s on s.id = a.session_id
    join course c on c.id = s.course_id
    join organisation o on o.id = a.organisation_id
    join person p on p.id = a.person_id
    left join course_attendance att on att.application_id = a.id
   where s.starts_at >= $1 and s.starts_at < $2 and s.status = 'SCHEDULED' and a.charge_pence is not null
     and (a.status = 'CONFIRMED' or (a.status = 'CANCELLED' and a.late_cancellation))`;

const BY_ORGANISATION = `select organisation_id, organisation_name, sector,
      count(*) filter (where status = 'CONFIRMED')::int as places,
      count(*) filter (where late_cancellation)::int as late_cancellations,
      count(*) filter (where no_show)::int as no_shows,
      coalesce(sum(charge_pence), 0)::int as total_pence
    from lines group by organisation_id, organisation_name, sector`;

interface RawOrganisation {
  organisation_id: string;
  organisation_name: string;
  sector: SectorName;
  places: number;
  late_cancellations: number;
  no_shows: number;
  total_pence: number;
}

const toOrganisation = (r: RawOrganisation): OrganisationCharges => ({
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  sector: r.sector,
  places: r.places,
  lateCancellations: r.late_cancellations,
  noShows: r.no_shows,
  totalPence: r.total_pence,
});

/**
 * The finance view (seed 004 e): what each organisation owes for places on sessions in a
 * period, late cancellations and no-shows marked, with totals and the lines for an export.
 * Partnership leads and admins only.
 */
@Injectable()
export class FinanceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Checks a period. Throws BAD_USER_INPUT (not a date, backwards, longer than two years). */
  period(input: ChargePeriodInput): ChargePeriod {
    if (!isCalendarDate(input.from)) throw CourseErrors.badPeriod('from', 'Enter a real start date, like 2026-06-01');
    if (!isCalendarDate(input.to)) throw CourseErrors.badPeriod('to', 'Enter a real end date, like 2026-06-30');
    if (input.to < input.from)
      throw CourseErrors.badPeriod('to', 'The end date must be the same as or after the start date');
    if (dayNumber(input.to) - dayNumber(input.from) >= PERIOD_MAX_DAYS) {
      throw CourseErrors.badPeriod('to', 'Choose a period of two years or less');
    }
    return {
      from: input.from,
      to: input.to,
      fromInstant: londonInstant(input.from),
      untilInstant: londonInstant(addDays(input.to, 1)),
    };
  }

  /** One page of organisations, A–Z, with what each owes. Throws FORBIDDEN, BAD_USER_INPUT. */
  async byOrganisation(
    ctx: RequestContext,
    input: ChargePeriodInput,
    first: number,
    after?: string | null,
  ): Promise<Page<OrganisationCharges>> {
    this.assertManager(ctx);
    const period = this.period(input);
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && isUuid(String(cursor[1])))) throw CourseErrors.badCursor();
    const rows = await this.dataSource.query<(RawOrganisation & { total: number })[]>(
      `with lines as (${CHARGED_LINES}), orgs as (${BY_ORGANISATION})
       select o.*, (select count(*) from orgs)::int as total from orgs o
       where $3::text is null or (o.organisation_name, o.organisation_id) > ($3::text, $4::uuid)
       order by o.organisation_name, o.organisation_id limit $5`,
      [period.fromInstant, period.untilInstant, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    const items = rows.slice(0, first).map(toOrganisation);
    let total = rows[0]?.total;
    if (total === undefined) total = cursor ? (await this.totals(ctx, input)).organisations : 0;
    return {
      items,
      hasNextPage: rows.length > first,
      totalCount: total,
      cursorOf: (o) => encodeCursor([o.organisationName, o.organisationId]),
    };
  }

  /** Everything owed in the period, added up. Throws FORBIDDEN, BAD_USER_INPUT. */
  async totals(ctx: RequestContext, input: ChargePeriodInput): Promise<ChargeTotals> {
    this.assertManager(ctx);
    const period = this.period(input);
    const [row] = await this.dataSource.query<ChargeTotals[]>(
      `with lines as (${CHARGED_LINES})
       select count(distinct organisation_id)::int as organisations,
              count(*) filter (where status = 'CONFIRMED')::int as places,
              count(*) filter (where late_cancellation)::int as "lateCancellations",
              count(*) filter (where no_show)::int as "noShows",
              coalesce(sum(charge_pence), 0)::int as "totalPence"
         from lines`,
      [period.fromInstant, period.untilInstant],
    );
    return row;
  }

  /** Every charged place in the period, by organisation then session, for the CSV. Throws FORBIDDEN, BAD_USER_INPUT. */
  async lines(ctx: RequestContext, period: ChargePeriod): Promise<ChargeLine[]> {
    this.assertManager(ctx);
    const rows = await this.dataSource.query<
      {
        organisation_name: string;
        sector: SectorName;
        charge_band: ChargeBandName | null;
        course_title: string;
        starts_at: Date;
        locality: string;
        delegate_name: string;
        status: ApplicationStatusName;
        late_cancellation: boolean;
        no_show: boolean;
        charge_pence: number;
      }[]
    >(
      `with lines as (${CHARGED_LINES})
       select * from lines order by organisation_name, organisation_id, starts_at, delegate_name, id limit $3`,
      [period.fromInstant, period.untilInstant, EXPORT_MAX_LINES],
    );
    return rows.map((r) => ({
      organisationName: r.organisation_name,
      sector: r.sector,
      chargeBand: r.charge_band,
      courseTitle: r.course_title,
      startsAt: new Date(r.starts_at),
      locality: r.locality,
      delegateName: r.delegate_name,
      status: r.status,
      lateCancellation: r.late_cancellation,
      noShow: r.no_show,
      chargePence: r.charge_pence,
    }));
  }

  private assertManager(ctx: RequestContext): void {
    if (!ctx.actor) throw unauthenticated();
    if (!canManageProgramme(ctx)) throw forbidden('Only partnership leads and administrators can see charges.');
  }
}

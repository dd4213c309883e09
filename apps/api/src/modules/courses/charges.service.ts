import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChargeBandName, SectorName } from '@common-ground/shared';
import type { CourseSessionEntity } from './entities/course-session.entity';
import { chargeFor, type ChargeRate } from './rules/charges';
import { sessionStartDate } from './rules/working-days';

/**
 * Works out what a place costs an organisation from the rates stored in the database (the
 * settings, each with the date it applies from), in the transaction that gives the place.
 */
@Injectable()
export class ChargesService {
  /** The band and amount (pence; null when no rate has started by the session's date) for a place. */
  async forPlace(
    m: EntityManager,
    organisationId: string,
    session: Pick<CourseSessionEntity, 'startsAt'>,
  ): Promise<{ band: ChargeBandName; pence: number | null }> {
    const [organisation] = await m.query<
      { sector: SectorName; funds_partnership: boolean; safer_programme_member: boolean }[]
    >(`select sector, funds_partnership, safer_programme_member from organisation where id = $1`, [organisationId]);
    const rates = await m.query<ChargeRate[]>(
      `select band, amount_pence as "amountPence", to_char(effective_from, 'YYYY-MM-DD') as "effectiveFrom"
       from course_charge_rate`,
    );
    const { band, rate } = chargeFor(
      {
        sector: organisation.sector,
        fundsPartnership: organisation.funds_partnership,
        saferProgrammeMember: organisation.safer_programme_member,
      },
      sessionStartDate(session.startsAt),
      rates,
    );
    return { band, pence: rate?.amountPence ?? null };
  }
}

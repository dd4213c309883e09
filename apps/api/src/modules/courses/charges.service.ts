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
    const charges = await this.forOrganisations(m, [organisationId], session);
    return charges.get(organisationId) ?? { band: 'STANDARD', pence: null };
  }

  /** Charges for places for several organisations at once, in two statements. */
  async forOrganisations(
    m: EntityManager,
    organisationIds: string[],
    session: Pick<CourseSessionEntity, 'startsAt'>,
  ): Promise<Map<string, { band: ChargeBandName; pence: number | null }>> {
    const organisations = await m.query<
      { id: string; sector: SectorName; funds_partnership: boolean; safer_programme_member: boolean }[]
    >(`select id, sector, funds_partnership, safer_programme_member from organisation where id = any($1::uuid[])`, [
      [...new Set(organisationIds)],
    ]);
    const rates = await m.query<ChargeRate[]>(
      `select band, amount_pence as "amountPence", to_char(effective_from, 'YYYY-MM-DD') as "effectiveFrom"
       from course_charge_rate`,
    );
    const date = sessionStartDate(session.startsAt);
    const out = new Map<string, { band: ChargeBandName; pence: number | null }>();
    for (const o of organisations) {
      const { band, rate } = chargeFor(
        { sector: o.sector, fundsPartnership: o.funds_partnership, saferProgrammeMember: o.safer_programme_member },
        date,
        rates,
      );
      out.set(o.id, { band, pence: rate?.amountPence ?? null });
    }
    return out;
  }
}

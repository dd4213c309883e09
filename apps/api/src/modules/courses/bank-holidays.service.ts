import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import shippedList from './data/bank-holidays.json';
import { BankHolidayListEntity } from './entities/bank-holiday-list.entity';
import { type BankHolidayCalendar, parseBankHolidays } from './rules/bank-holidays';

const LIST_ID = 'current';
/** How long a calendar read from the database is trusted before another instance's upload is looked for. */
const RECHECK_MS = 60_000;

/**
 * The bank holidays working days are counted with: an administrator's upload when there is
 * one, otherwise the list shipped with the app. Kept parsed in memory; an upload here
 * replaces it at once, one on another instance within a minute.
 */
@Injectable()
export class BankHolidaysService {
  private cached: { calendar: BankHolidayCalendar; at: number } | null = null;
  private readonly shipped = parseBankHolidays(shippedList);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The calendar in force. */
  async calendar(now = Date.now()): Promise<BankHolidayCalendar> {
    if (this.cached && now - this.cached.at < RECHECK_MS) return this.cached.calendar;
    const row = await this.dataSource.getRepository(BankHolidayListEntity).findOneBy({ id: LIST_ID });
    const calendar = row ? parseBankHolidays(row.data) : this.shipped;
    this.cached = { calendar, at: now };
    return calendar;
  }

  /**
   * Replaces the list with an uploaded file (GOV.UK's JSON as it is). Throws BAD_USER_INPUT
   * when the file does not parse; the list in force is then unchanged.
   */
  async replace(ctx: RequestContext, text: string): Promise<BankHolidayCalendar> {
    const calendar = parseBankHolidays(text);
    await this.dataSource.getRepository(BankHolidayListEntity).save({
      id: LIST_ID,
      data: JSON.parse(text) as unknown,
      updatedById: ctx.actor?.id ?? null,
    });
    this.cached = { calendar, at: Date.now() };
    return calendar;
  }
}

import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { CHARGE_BAND_LABELS, SECTOR_LABELS } from '@common-ground/shared';
import { Roles } from '../../common/auth/decorators';
import { requestContext } from '../../common/context/request-context';
import { AuditLogService } from '../discussion/moderation/audit-log.service';
import { CourseErrors } from './courses.errors';
import { FinanceService } from './finance.service';
import { pounds, toCsv } from './rules/csv';
import { londonDateOf } from './rules/london-time';

/** 24-hour London time, as a spreadsheet sorts it: "09:30". */
const clock24 = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
});

const HEADER = [
  'Organisation',
  'Sector',
  'Charge band',
  'Course',
  'Session date',
  'Start time',
  'Locality',
  'Delegate',
  'Place',
  'Late cancellation',
  'No-show',
  'Amount (GBP)',
] as const;

/** A query parameter given once as text ('' when missing); repeated or nested ones are refused. */
function dateParam(name: 'from' | 'to', value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw CourseErrors.badPeriod(name, 'Give each date once, like 2026-06-16');
  return value;
}

/**
 * GET /api/exports/course-charges.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: every charged place on
 * sessions in the period, one line each, as CSV that opens cleanly in Excel (see rules/csv).
 * Partnership leads and admins only.
 */
@Controller('api/exports')
export class FinanceController {
  constructor(
    private readonly finance: FinanceService,
    private readonly audit: AuditLogService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Roles('MODERATOR', 'ADMIN')
  @Get('course-charges.csv')
  async chargesCsv(
    @Req() req: Request,
    @Res() res: Response,
    @Query('from') fromParam: unknown,
    @Query('to') toParam: unknown,
  ): Promise<void> {
    const ctx = requestContext(req, res);
    const period = this.finance.period({ from: dateParam('from', fromParam), to: dateParam('to', toParam) });
    const lines = await this.finance.lines(ctx, period);
    // Delegates' names leave the system in this file, so the download is recorded (UX.md: exports).
    await this.audit.record(this.dataSource.manager, {
      actorId: ctx.actor?.id ?? null,
      action: 'EXPORT_PERSONAL_DATA',
      reason: 'Course charges (CSV)',
      detail: `Sessions from ${period.from} to ${period.to}: ${lines.length} places`,
    });
    const csv = toCsv(
      HEADER,
      lines.map((l) => [
        l.organisationName,
        SECTOR_LABELS[l.sector],
        l.chargeBand ? CHARGE_BAND_LABELS[l.chargeBand] : '',
        l.courseTitle,
        londonDateOf(l.startsAt),
        clock24.format(l.startsAt),
        l.locality,
        l.delegateName,
        l.status === 'CONFIRMED' ? 'Taken' : 'Cancelled',
        l.lateCancellation ? 'Yes' : 'No',
        l.noShow ? 'Yes' : 'No',
        pounds(l.chargePence),
      ]),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="course-charges-${period.from}-to-${period.to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(Buffer.from(csv, 'utf8'));
  }
}

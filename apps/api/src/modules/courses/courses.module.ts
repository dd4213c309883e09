import { Module } from '@nestjs/common';
import { BankHolidaysService } from './bank-holidays.service';
import { BookingService } from './booking.service';
import { ChargesService } from './charges.service';
import { CoursesResolver } from './courses.resolver';
import { ProgrammeService } from './programme.service';

/**
 * The course programme (seed 004): courses and sessions, applying and cancelling under a
 * per-session lock, charges by organisation, and the seven-working-day rule.
 */
@Module({
  providers: [BankHolidaysService, ChargesService, BookingService, ProgrammeService, CoursesResolver],
  exports: [BookingService, ProgrammeService],
})
export class CoursesModule {}

import { Module } from '@nestjs/common';
import { DiscussionModule } from '../discussion/discussion.module';
import { JobsModule } from '../jobs/jobs.module';
import { LearningModule } from '../learning/learning.module';
import { MailModule } from '../mail/mail.module';
import { BankHolidaysService } from './bank-holidays.service';
import { BookingService } from './booking.service';
import { ChargesService } from './charges.service';
import { CourseCompetenciesResolver } from './course-competencies.resolver';
import { CourseCompetenciesService } from './course-competencies.service';
import { CourseSettingsResolver } from './course-settings.resolver';
import { CourseSettingsService } from './course-settings.service';
import { CoursesResolver } from './courses.resolver';
import { FinanceController } from './finance.controller';
import { FinanceResolver } from './finance.resolver';
import { FinanceService } from './finance.service';
import { ProgrammeFeedController } from './programme-feed.controller';
import { ProgrammeService } from './programme.service';
import { ShortlistingService } from './shortlisting.service';
import { ApprovalService } from './approval.service';
import { BookingJobs } from './booking-jobs';
import { BookingLifecycleResolver } from './booking-lifecycle.resolver';
import { BookingMailService } from './booking-mail.service';
import { OffersService } from './offers.service';
import { ReminderSettingsResolver } from './reminder-settings.resolver';
import { RemindersService } from './reminders.service';
import { SessionCancelService } from './session-cancel.service';
import { SubstituteService } from './substitute.service';
import { AttendanceResolver, MyLearningCoursesResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { CourseCertificatesService } from './course-certificates.service';
import { EvaluationService } from './evaluation.service';

/**
 * The course programme (seed 004): courses and sessions, applying and cancelling under a
 * per-session lock, charges by organisation, the seven-working-day rule, and shortlisting
 * (scheduled on pg-boss, or run by a lead) with booking mail through the platform's mailer.
 */
@Module({
  imports: [JobsModule, MailModule, LearningModule, DiscussionModule],
  controllers: [ProgrammeFeedController, FinanceController],
  providers: [
    BankHolidaysService,
    ChargesService,
    CourseCompetenciesService,
    CourseCompetenciesResolver,
    FinanceService,
    FinanceResolver,
    BookingService,
    ProgrammeService,
    ShortlistingService,
    CoursesResolver,
    BookingMailService,
    OffersService,
    CourseSettingsService,
    CourseSettingsResolver,
    ApprovalService,
    SubstituteService,
    RemindersService,
    SessionCancelService,
    BookingLifecycleResolver,
    ReminderSettingsResolver,
    BookingJobs,
    CourseCertificatesService,
    AttendanceService,
    EvaluationService,
    AttendanceResolver,
    MyLearningCoursesResolver,
  ],
  exports: [BookingService, ProgrammeService, AttendanceService],
})
export class CoursesModule {}

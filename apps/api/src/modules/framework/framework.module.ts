import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { IdentityModule } from '../identity/identity.module';
import { LearningModule } from '../learning/learning.module';
import { CourseAttendance } from './course-attendance';
import { CompetencyEntity } from './entities/competency.entity';
import { ConfidenceRatingEntity } from './entities/confidence-rating.entity';
import { ResourceCompetencyEntity } from './entities/resource-competency.entity';
import { ResourceDoneEntity } from './entities/resource-done.entity';
import { ResourceEntity } from './entities/resource.entity';
import { StrandEntity } from './entities/strand.entity';
import { WorkforceGroupEntity } from './entities/workforce-group.entity';
import { FrameworkAdminResolver } from './framework-admin.resolver';
import { FrameworkAdminService } from './framework-admin.service';
import { LearningPlanController } from './learning-plan.controller';
import { LearningPlanResolver } from './learning-plan.resolver';
import { LearningPlanService } from './learning-plan.service';

/**
 * The learning and development framework (seed 002): strands, workforce groups,
 * competencies and the learning resources mapped to them, kept by admins; the interactive
 * tool, confidence ratings and personal learning plans (with a tagged PDF), and line
 * managers' view of their team. Modules completed count through LearningModule's
 * CertificatesService; courses attended in full through CourseAttendance, which reads
 * the course programme's registers.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      StrandEntity,
      WorkforceGroupEntity,
      CompetencyEntity,
      ResourceEntity,
      ResourceCompetencyEntity,
      ConfidenceRatingEntity,
      ResourceDoneEntity,
    ]),
    IdentityModule,
    LearningModule,
    CoursesModule,
  ],
  controllers: [LearningPlanController],
  providers: [
    FrameworkAdminService,
    LearningPlanService,
    CourseAttendance,
    FrameworkAdminResolver,
    LearningPlanResolver,
  ],
  exports: [LearningPlanService, CourseAttendance],
})
export class FrameworkModule {}

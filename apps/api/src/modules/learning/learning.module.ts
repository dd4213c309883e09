import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { JobsModule } from '../jobs/jobs.module';
import { MediaModule } from '../media/media.module';
import { AuthoringLessonResolver, AuthoringResolver, LessonRevisionResolver } from './authoring.resolver';
import { AuthoringService } from './authoring.service';
import { CatalogueService } from './catalogue.service';
import { CertificateController } from './certificate.controller';
import { CertificatesService } from './certificates.service';
import { CertificateEntity } from './entities/certificate.entity';
import { LearningModuleEntity } from './entities/learning-module.entity';
import { LessonAttemptEntity } from './entities/lesson-attempt.entity';
import { LessonRevisionEntity } from './entities/lesson-revision.entity';
import { LessonEntity } from './entities/lesson.entity';
import { ScenarioDecisionEntity } from './entities/scenario-decision.entity';
import { InsightsService } from './insights.service';
import { LearningLoaderFactory } from './learning.loaders';
import { LessonResolver, PlaySceneResolver, ScenarioCharacterResolver } from './lesson.resolver';
import { ModuleProgressResolver, ModuleResolver } from './module.resolver';
import { PlayerResolver } from './player.resolver';
import { PlayerService } from './player.service';

/**
 * Learning: modules, lessons (articles, branching scenarios, knowledge checks), publishing
 * with frozen revisions, the lesson player, colleague statistics, reports and certificates.
 * Other features use CatalogueService (what a viewer may see) and CertificatesService.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      LearningModuleEntity,
      LessonEntity,
      LessonRevisionEntity,
      LessonAttemptEntity,
      ScenarioDecisionEntity,
      CertificateEntity,
    ]),
    IdentityModule,
    JobsModule,
    MediaModule,
  ],
  controllers: [CertificateController],
  providers: [
    LearningLoaderFactory,
    AuthoringService,
    CatalogueService,
    PlayerService,
    InsightsService,
    CertificatesService,
    ModuleResolver,
    ModuleProgressResolver,
    LessonResolver,
    ScenarioCharacterResolver,
    PlaySceneResolver,
    PlayerResolver,
    AuthoringResolver,
    AuthoringLessonResolver,
    LessonRevisionResolver,
  ],
  exports: [CatalogueService, CertificatesService],
})
export class LearningModule {}

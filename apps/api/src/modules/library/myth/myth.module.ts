import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscussionModule } from '../../discussion/discussion.module';
import { IdentityModule } from '../../identity/identity.module';
import { LibraryModule } from '../library.module';
import { MythEvidenceEntity } from './entities/myth-evidence.entity';
import { MythLinkEntity } from './entities/myth-link.entity';
import { MythSettingEntity } from './entities/myth-setting.entity';
import { MythEntity } from './entities/myth.entity';
import { MythResolver, RumourSourceResolver } from './myth.resolver';
import { MythService } from './myth.service';
import { RumourResolver } from './rumour.resolver';
import { RumourService } from './rumour.service';

/**
 * Myth-busters: the library workflow's MYTH kind with verdicts, evidence, reviews (and the
 * review age setting), links to glossary terms and FAQs, ClaimReview structured data, and
 * rumours reported from discussion posts (which is why it builds on DiscussionModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MythEntity, MythEvidenceEntity, MythLinkEntity, MythSettingEntity]),
    LibraryModule,
    IdentityModule,
    DiscussionModule,
  ],
  providers: [MythService, MythResolver, RumourSourceResolver, RumourService, RumourResolver],
})
export class MythModule {}

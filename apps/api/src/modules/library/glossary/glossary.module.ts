import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MediaModule } from '../../media/media.module';
import { LibraryModule } from '../library.module';
import { GlossaryTermEntity } from './entities/glossary-term.entity';
import { GlossaryLinkOptOutEntity } from './entities/glossary-link-opt-out.entity';
import { GlossaryTranslationEntity } from './entities/glossary-translation.entity';
import {
  GlossaryBlogLinkingResolver,
  GlossaryLinkingResolver,
  GlossaryPostLinkingResolver,
} from './glossary-linking.resolver';
import { GlossaryLinkingService } from './glossary-linking.service';
import { GlossaryResolver } from './glossary.resolver';
import { GlossaryService } from './glossary.service';

/**
 * The multilingual glossary: terms (the library workflow's GLOSSARY_TERM kind, so drafts,
 * review, publishing, archive and revisions are LibraryModule's), translations (lang and dir decided from the language
 * tag), A–Z and accent-insensitive search, and the cached term lists the glossary linker
 * uses to turn terms in lessons and posts into pop-overs. Exports GlossaryService so other
 * features link their text through it.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([GlossaryTermEntity, GlossaryTranslationEntity, GlossaryLinkOptOutEntity]),
    MediaModule,
    LibraryModule,
  ],
  providers: [
    GlossaryService,
    GlossaryResolver,
    GlossaryLinkingService,
    GlossaryLinkingResolver,
    GlossaryPostLinkingResolver,
    GlossaryBlogLinkingResolver,
  ],
  exports: [GlossaryService, GlossaryLinkingService],
})
export class GlossaryModule {}

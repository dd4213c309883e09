import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MediaModule } from '../../media/media.module';
import { GlossaryTermEntity } from './entities/glossary-term.entity';
import { GlossaryTranslationEntity } from './entities/glossary-translation.entity';
import { GlossaryResolver } from './glossary.resolver';
import { GlossaryService } from './glossary.service';

/**
 * The multilingual glossary: terms, translations (lang and dir decided from the language
 * tag), A–Z and accent-insensitive search, and the cached term lists the glossary linker
 * uses to turn terms in lessons and posts into pop-overs. Exports GlossaryService so other
 * features link their text through it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([GlossaryTermEntity, GlossaryTranslationEntity]), MediaModule],
  providers: [GlossaryService, GlossaryResolver],
  exports: [GlossaryService],
})
export class GlossaryModule {}

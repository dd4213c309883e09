import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LibraryModule } from '../library.module';
import { FaqCategoryEntity } from './entities/faq-category.entity';
import { FaqVoteEntity } from './entities/faq-vote.entity';
import { FaqEntity } from './entities/faq.entity';
import { FaqResolver } from './faq.resolver';
import { FaqService } from './faq.service';

/**
 * FAQs: the library workflow's FAQ kind, filed under editors' categories, with "Was this
 * helpful?" answers. Exports FaqService so myth-busters can link the FAQs they relate to.
 */
@Module({
  imports: [TypeOrmModule.forFeature([FaqCategoryEntity, FaqEntity, FaqVoteEntity]), LibraryModule],
  providers: [FaqService, FaqResolver],
  exports: [FaqService],
})
export class FaqModule {}

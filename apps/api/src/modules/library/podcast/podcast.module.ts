import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MediaModule } from '../../media/media.module';
import { LibraryModule } from '../library.module';
import { PodcastEpisodeEntity } from './entities/podcast-episode.entity';
import { PodcastFeedTokenEntity } from './entities/podcast-feed-token.entity';
import { PodcastShowEntity } from './entities/podcast-show.entity';
import { PodcastFeedController } from './podcast-feed.controller';
import { PodcastEpisodeResolver, PodcastShowResolver } from './podcast.resolver';
import { PodcastService } from './podcast.service';

/**
 * Podcasts: shows (kept by editors) and episodes (the library workflow's PODCAST_EPISODE kind,
 * so drafts, review, publishing and revisions are LibraryModule's), recordings through
 * MediaService, transcripts (WebVTT) and chapters (JSON chapters), public feeds per show and
 * private tokenised feeds for staff-only shows.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PodcastShowEntity, PodcastEpisodeEntity, PodcastFeedTokenEntity]),
    MediaModule,
    LibraryModule,
  ],
  controllers: [PodcastFeedController],
  providers: [PodcastService, PodcastShowResolver, PodcastEpisodeResolver],
  exports: [PodcastService],
})
export class PodcastModule {}

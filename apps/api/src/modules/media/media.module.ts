import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { MediaEntity } from './entities/media.entity';
import { MediaController } from './media.controller';
import { MediaService } from './media.service';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { MediaStorage } from './storage/media-storage';
import { S3Storage } from './storage/s3.storage';

/** Uploaded images and audio. Other features use MediaService (and the MediaFile model). */
@Module({
  imports: [TypeOrmModule.forFeature([MediaEntity])],
  controllers: [MediaController],
  providers: [
    MediaService,
    {
      provide: MediaStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        config.s3 ? new S3Storage(config.s3) : new LocalDiskStorage(join(config.dataDir, 'media')),
    },
  ],
  exports: [MediaService],
})
export class MediaModule {}

import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Public, Roles } from '../../common/auth/decorators';
import { DomainError } from '../../common/errors/domain-error';
import { HttpErrorFilter } from '../../common/errors/http-exception.filter';
import { MEDIA_LIMITS, MediaService, type UploadedBytes } from './media.service';
import { type MediaFile, toMediaFile } from './models/media-file.model';

/**
 * Uploads (editors) and downloads of images and audio. Uploads go through REST
 * multipart, not GraphQL, so the 100 KB GraphQL body limit stays.
 */
@Controller('api/media')
@UseFilters(HttpErrorFilter)
export class MediaController {
  constructor(private readonly mediaService: MediaService) {}

  /** POST /api/media, multipart field `file`: stores it and answers with the MediaFile JSON (201). */
  @Roles('EDITOR', 'ADMIN')
  @Post()
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MEDIA_LIMITS.audioBytes, files: 1, fields: 0 } }))
  async upload(
    @Req() req: Request,
    @UploadedFile() file: UploadedBytes | undefined,
  ): Promise<MediaFile & { originalName: string }> {
    const saved = await this.mediaService.upload(req.actor ?? null, file);
    return { ...toMediaFile(saved), originalName: saved.originalName };
  }

  /**
   * GET /api/media/:id streams the file with its detected type and supports Range requests
   * (audio seeking). Signed-in people may download any file; signed-out visitors only files
   * used by public content (`MediaService.isPublic`), which shared caches may keep for a day.
   * Everything else is marked private so a shared cache never keeps staff-only media.
   * Throws NOT_FOUND for an unknown id and UNAUTHENTICATED for a file that is not public.
   */
  @Public()
  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const media = await this.mediaService.get(id);
    const signedIn = !!req.actor;
    if (!signedIn && !(await this.mediaService.isPublic(media.id))) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in to see this file.');
    }
    res.setHeader('Content-Type', media.mime);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('Cache-Control', signedIn ? 'private, max-age=3600' : 'public, max-age=86400');
    await new Promise<void>((resolve, reject) => {
      res.sendFile(this.mediaService.pathOf(media), { acceptRanges: true, lastModified: false }, (error) => {
        if (error && !res.headersSent) reject(error);
        else resolve();
      });
    });
  }
}

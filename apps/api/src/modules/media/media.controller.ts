import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, Roles } from '../../common/auth/decorators';
import { notFound } from '../../common/errors/domain-error';
import { MediaService } from './media.service';
import { type MediaFile, toMediaFile } from './models/media-file.model';

/**
 * Uploads (editors) and downloads of images and audio. Uploads go through REST
 * multipart, not GraphQL, so the 100 KB GraphQL body limit stays; they are streamed to a
 * temporary file, never held in memory.
 */
@Controller('api/media')
export class MediaController {
  constructor(private readonly mediaService: MediaService) {}

  /** POST /api/media, multipart field `file`: stores it and answers with the MediaFile JSON (201). */
  @Roles('EDITOR', 'ADMIN')
  @Post()
  @HttpCode(201)
  async upload(@Req() req: Request): Promise<MediaFile & { originalName: string; format: string | null }> {
    const saved = await this.mediaService.receive(req.actor ?? null, req);
    return { ...toMediaFile(saved), originalName: saved.originalName, format: saved.format };
  }

  /**
   * GET /api/media/:id streams the file with its detected type and supports Range requests
   * (audio seeking: 206 with Content-Range, 416 for a range outside the file). Who may
   * download what is `MediaService.isVisibleTo`; a file the viewer may not see answers
   * NOT_FOUND exactly like an unknown id, so nobody can learn that it exists. Files used by
   * public content may stay in shared caches for a day; everything else is marked private so
   * a shared cache never keeps staff-only media.
   */
  @Public()
  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const media = await this.mediaService.get(id);
    const signedIn = !!req.actor;
    if (!(await this.mediaService.isVisibleTo(req.actor ?? null, media))) throw notFound('That file');
    res.setHeader('Content-Type', media.mime);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('Cache-Control', signedIn ? 'private, max-age=3600' : 'public, max-age=86400');
    await this.mediaService.send(res, media);
  }
}

import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { type EntityManager, In, Repository } from 'typeorm';
import { LIMITS } from '@common-ground/shared';
import type { Actor } from '../../common/auth/actor';
import { hasRole } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { AppConfig } from '../../config/app-config';
import { londonTime } from '../identity/sign-in-throttle';
import { MediaEntity, type MediaKindName } from './entities/media.entity';
import { detectFileType } from './file-type.adapter';

/** Upload limits per kind, in bytes. */
export const MEDIA_LIMITS = { imageBytes: 10 * 1024 * 1024, audioBytes: 50 * 1024 * 1024 } as const;

/** The file extensions (as file-type names them) accepted for each kind. */
const ACCEPTED: Record<string, MediaKindName> = {
  jpg: 'IMAGE',
  png: 'IMAGE',
  webp: 'IMAGE',
  gif: 'IMAGE',
  mp3: 'AUDIO',
  m4a: 'AUDIO',
  ogg: 'AUDIO',
  oga: 'AUDIO',
  opus: 'AUDIO',
  wav: 'AUDIO',
};

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedBytes {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** A client's file name made safe to show: no folders, no control characters, at most 200 characters. */
export function safeOriginalName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}

/**
 * Images and audio uploaded by editors, stored on local disk under `<dataDir>/media`
 * with server-generated names. The type is decided by the content, never by the name.
 */
@Injectable()
export class MediaService {
  private readonly perRequest = new WeakMap<Request, DataLoader<string, MediaEntity | null>>();

  constructor(
    private readonly config: AppConfig,
    @InjectRepository(MediaEntity) private readonly media: Repository<MediaEntity>,
  ) {}

  /** The folder files are kept in. */
  get directory(): string {
    return join(this.config.dataDir, 'media');
  }

  /**
   * Stores an uploaded file after checking its content is a JPEG, PNG, WebP or GIF image
   * (up to 10 MB) or an MP3, M4A, Ogg or WAV recording (up to 50 MB), at most
   * `LIMITS.uploadsPerHour` a person in any hour. Throws FORBIDDEN for non-editors,
   * RATE_LIMITED past the hourly limit, BAD_USER_INPUT for a missing file,
   * UNSUPPORTED_MEDIA_TYPE for an unknown type and PAYLOAD_TOO_LARGE for an oversized one; nothing is stored when it throws.
   */
  async upload(actor: Actor | null, file: UploadedBytes | undefined): Promise<MediaEntity> {
    if (!actor || !hasRole(actor, 'EDITOR', 'ADMIN')) throw forbidden();
    if (!file || !file.buffer?.length) {
      throw new DomainError('BAD_USER_INPUT', 'Choose a file to upload, sent as the multipart field "file".');
    }
    const detected = await detectFileType(file.buffer);
    const kind = detected ? ACCEPTED[detected.ext] : undefined;
    if (!detected || !kind) {
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        'The file must be a JPEG, PNG, WebP or GIF image, or an MP3, M4A, Ogg or WAV recording.',
      );
    }
    const limit = kind === 'IMAGE' ? MEDIA_LIMITS.imageBytes : MEDIA_LIMITS.audioBytes;
    if (file.buffer.length > limit) {
      throw new DomainError(
        'PAYLOAD_TOO_LARGE',
        `The ${kind === 'IMAGE' ? 'image' : 'recording'} must be ${limit / 1024 / 1024} MB or smaller.`,
      );
    }
    const storageKey = randomUUID();
    const path = join(this.directory, storageKey);
    try {
      // The person's uploads are counted and stored under a lock of their own, so uploads
      // sent at the same moment cannot pass the hourly limit together.
      return await this.media.manager.transaction(async (m) => {
        await m.query('select pg_advisory_xact_lock(hashtext($1))', [`media-upload:${actor.id}`]);
        await this.assertUnderHourlyLimit(m, actor.id);
        const row = await m.save(
          m.create(MediaEntity, {
            kind,
            mime: detected.mime,
            size: file.buffer.length,
            storageKey,
            originalName: safeOriginalName(file.originalname ?? ''),
            uploadedById: actor.id,
          }),
        );
        await mkdir(this.directory, { recursive: true, mode: 0o755 });
        await writeFile(path, file.buffer, { mode: 0o644, flag: 'wx' });
        return row;
      });
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  /**
   * Refuses an upload while the person's last `LIMITS.uploadsPerHour` uploads all fall within
   * the past hour, naming the time the oldest of them leaves the hour.
   */
  private async assertUnderHourlyLimit(m: EntityManager, personId: string): Promise<void> {
    const limit = LIMITS.uploadsPerHour;
    const rows: { until: Date }[] = await m.query(
      `select created_at + interval '1 hour' as until from media
        where uploaded_by_id = $1 and created_at > now() - interval '1 hour'
        order by created_at desc offset $2 limit 1`,
      [personId, limit - 1],
    );
    if (!rows.length) return;
    throw new DomainError(
      'RATE_LIMITED',
      `You have uploaded ${limit} files in the last hour. You can upload again at ${londonTime(rows[0].until)}.`,
    );
  }

  /**
   * True when the viewer may download the file. Editors and admins may download any file,
   * and everyone the files they uploaded. Otherwise the file must be the cover of a
   * published module the viewer may read, or used by the published revision of a live
   * lesson in one, or the cover of a published blog post, or the recording of a published
   * glossary term's translation (index glossary_translation_audio_media_id_idx): PUBLIC ones for signed-out
   * visitors, PUBLIC and STAFF ones for signed-in staff. Drafts are never visible through it.
   * One statement on the learning and library tables (both depend on media, so not through
   * their services), using the GIN index on lesson_revision.media_ids.
   */
  async isVisibleTo(actor: Actor | null, media: MediaEntity): Promise<boolean> {
    if (hasRole(actor, 'EDITOR', 'ADMIN') || (actor && media.uploadedById === actor.id)) return true;
    const audiences = actor ? ['PUBLIC', 'STAFF'] : ['PUBLIC'];
    const rows: { visible: boolean }[] = await this.media.query(
      `select exists (
          select 1 from learning_module mo
           where mo.cover_media_id = $1 and mo.status = 'PUBLISHED' and mo.audience = any($2::text[])
        ) or exists (
          select 1 from lesson_revision r
            join lesson l on l.published_revision_id = r.id and l.status <> 'ARCHIVED'
            join learning_module mo on mo.id = l.module_id and mo.status = 'PUBLISHED'
             and mo.audience = any($2::text[])
           where r.media_ids @> array[$1]::uuid[]
        ) or exists (
          select 1 from blog_post b
            join content_item c on c.id = b.content_item_id and c.status = 'PUBLISHED'
             and c.audience = any($2::text[])
           where b.cover_media_id = $1
        ) or exists (
          select 1 from glossary_translation t
            join content_item c on c.id = t.term_id and c.status = 'PUBLISHED'
             and c.audience = any($2::text[])
           where t.audio_media_id = $1
        ) as visible`,
      [media.id, audiences],
    );
    return rows[0]?.visible === true;
  }

  /** One media row. Throws NOT_FOUND for an unknown or malformed id. */
  async get(id: string): Promise<MediaEntity> {
    const row = isUuid(id) ? await this.media.findOneBy({ id }) : null;
    if (!row) throw notFound('That file');
    return row;
  }

  /** The absolute path of a stored file. */
  pathOf(media: MediaEntity): string {
    return join(this.directory, media.storageKey);
  }

  /** One media row or null, batched across the request (for covers, avatars and scene media). */
  async find(ctx: RequestContext, id: string | null | undefined): Promise<MediaEntity | null> {
    if (!isUuid(id)) return null;
    let loader = this.perRequest.get(ctx.req);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.media.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      });
      this.perRequest.set(ctx.req, loader);
    }
    return loader.load(id);
  }
}

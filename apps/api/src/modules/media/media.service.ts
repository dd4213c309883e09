import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { type EntityManager, In, Repository } from 'typeorm';
import { LIMITS } from '@common-ground/shared';
import type { Actor } from '../../common/auth/actor';
import { hasRole } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { AppConfig } from '../../config/app-config';
import { londonTime } from '../identity/sign-in-throttle';
import { type AudioFacts, readAudioFacts } from './audio-metadata.adapter';
import { MediaEntity, type MediaKindName } from './entities/media.entity';
import { detectFileType } from './file-type.adapter';
import { MediaStorage } from './storage/media-storage';
import { type ReceivedFile, receiveUpload } from './upload-receiver';

/** The largest image accepted, in bytes; audio's limit is configured (MEDIA_AUDIO_MAX_BYTES). */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

/** The file extensions (as file-type names them) accepted for each kind. */
const ACCEPTED: Record<string, MediaKindName> = {
  jpg: 'IMAGE',
  png: 'IMAGE',
  webp: 'IMAGE',
  gif: 'IMAGE',
  mp3: 'AUDIO',
  m4a: 'AUDIO',
  aac: 'AUDIO',
  ogg: 'AUDIO',
  oga: 'AUDIO',
  opus: 'AUDIO',
  wav: 'AUDIO',
};

/** Bytes read from the start of a file to tell its type (file-type's recommended sample). */
const SNIFF_BYTES = 4100;

/** A client's file name made safe to show: no folders, no control characters, at most 200 characters. */
export function safeOriginalName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}

const notAccepted = () =>
  new DomainError(
    'UNSUPPORTED_MEDIA_TYPE',
    'The file must be a JPEG, PNG, WebP or GIF image, or an MP3, M4A (AAC), Ogg (Opus or Vorbis) or WAV recording.',
  );

/**
 * Images and audio uploaded by editors, kept in the media storage (local disk unless
 * configured otherwise) under server-generated keys. The type is decided by the content,
 * never by the name; a recording's duration and format are read from it.
 */
@Injectable()
export class MediaService {
  private readonly perRequest = new WeakMap<Request, DataLoader<string, MediaEntity | null>>();

  constructor(
    private readonly config: AppConfig,
    private readonly storage: MediaStorage,
    @InjectRepository(MediaEntity) private readonly media: Repository<MediaEntity>,
  ) {}

  /** The largest audio file accepted, in bytes. */
  get audioMaxBytes(): number {
    return this.config.mediaAudioMaxBytes;
  }

  /**
   * Receives the multipart field `file` of an upload request into a temporary file (streamed,
   * never whole in memory) and stores it with `upload`. The person's role and hourly limit are
   * checked before a byte is read. Throws as `receiveUpload` and `upload` do; nothing is left
   * behind when it throws, whether the request was refused, too large or cut off.
   */
  async receive(actor: Actor | null, req: Request): Promise<MediaEntity> {
    if (!actor || !hasRole(actor, 'EDITOR', 'ADMIN')) throw forbidden();
    await this.assertUnderHourlyLimit(this.media.manager, actor.id);
    const maxBytes = Math.max(IMAGE_MAX_BYTES, this.audioMaxBytes);
    const file = await receiveUpload(req, join(this.config.dataDir, 'media-incoming'), maxBytes);
    return this.upload(actor, file);
  }

  /**
   * Stores a received file after checking its content is a JPEG, PNG, WebP or GIF image
   * (up to 10 MB) or an MP3, M4A, Ogg or WAV recording (up to the configured limit) that can be
   * read as audio, at most `LIMITS.uploadsPerHour` a person in any hour. Throws FORBIDDEN for
   * non-editors, RATE_LIMITED past the hourly limit, BAD_USER_INPUT for an empty file,
   * UNSUPPORTED_MEDIA_TYPE for an unknown type and PAYLOAD_TOO_LARGE for an oversized one.
   * The temporary file is always consumed: moved into storage, or deleted when it throws.
   */
  async upload(actor: Actor | null, file: ReceivedFile): Promise<MediaEntity> {
    const storageKey = randomUUID();
    let tempPath = file.tempPath;
    try {
      if (!actor || !hasRole(actor, 'EDITOR', 'ADMIN')) throw forbidden();
      if (!file.size) throw new DomainError('BAD_USER_INPUT', 'The file is empty. Choose another file.');
      const detected = await detectFileType(await readHead(file.tempPath));
      const kind = detected ? ACCEPTED[detected.ext] : undefined;
      if (!detected || !kind) throw notAccepted();
      const limit = kind === 'IMAGE' ? IMAGE_MAX_BYTES : this.audioMaxBytes;
      if (file.size > limit) {
        throw new DomainError(
          'PAYLOAD_TOO_LARGE',
          `The ${kind === 'IMAGE' ? 'image' : 'recording'} must be ${Math.floor(limit / 1024 / 1024)} MB or smaller.`,
        );
      }
      let audio: AudioFacts | undefined;
      if (kind === 'AUDIO') {
        await rename(tempPath, `${tempPath}.${detected.ext}`);
        tempPath = `${tempPath}.${detected.ext}`;
        audio = await readAudioFacts(tempPath);
        if (!audio) throw notAccepted();
      }
      // The person's uploads are counted and stored under a lock of their own, so uploads
      // sent at the same moment cannot pass the hourly limit together.
      return await this.media.manager.transaction(async (m) => {
        await m.query('select pg_advisory_xact_lock(hashtext($1))', [`media-upload:${actor.id}`]);
        await this.assertUnderHourlyLimit(m, actor.id);
        const row = await m.save(
          m.create(MediaEntity, {
            kind,
            mime: detected.mime,
            size: file.size,
            storageKey,
            durationSeconds: audio?.durationSeconds ?? null,
            format: audio?.format ?? null,
            originalName: safeOriginalName(file.clientName),
            uploadedById: actor.id,
          }),
        );
        await this.storage.save(storageKey, tempPath);
        return row;
      });
    } catch (error) {
      await rm(tempPath, { force: true });
      await this.storage.remove(storageKey);
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
   * glossary term's translation (index glossary_translation_audio_media_id_idx), or the audio of a
   * published podcast episode or the artwork of a podcast show: PUBLIC ones for signed-out
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
            ) or exists (
          select 1 from podcast_episode e
            join content_item c on c.id = e.content_item_id and c.status = 'PUBLISHED'
             and c.audience = any($2::text[])
           where e.audio_media_id = $1
        ) or exists (
          select 1 from podcast_show s where s.artwork_media_id = $1 and s.audience = any($2::text[])
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

  /** Sends a stored file as the response, with range requests. Throws NOT_FOUND when its bytes are gone. */
  async send(res: Response, media: MediaEntity): Promise<void> {
    if (!(await this.storage.send(res, media.storageKey))) throw notFound('That file');
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

/** The first bytes of a file, enough to tell its type by content. */
async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

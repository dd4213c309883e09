import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEDIA_KINDS, type MediaEntity, type MediaKindName } from '../entities/media.entity';

export const MediaKind = Object.fromEntries(MEDIA_KINDS.map((k) => [k, k])) as { [K in MediaKindName]: K };
registerEnumType(MediaKind, {
  name: 'MediaKind',
  description: 'What an uploaded file is.',
  valuesMap: {
    IMAGE: { description: 'A JPEG, PNG, WebP or GIF image.' },
    AUDIO: { description: 'An MP3, M4A, Ogg or WAV recording.' },
  },
});

@ObjectType({ description: 'An uploaded image or audio file, served from our own storage.' })
export class MediaFile {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => MediaKind, { description: 'Image or audio.' })
  kind: MediaKindName;

  @Field({ description: 'The type detected from the file’s content, e.g. image/png.' })
  mime: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size: number;

  @Field({ description: 'Where to fetch it: /api/media/<id> (supports HTTP range requests).' })
  url: string;

  @Field(() => Float, {
    nullable: true,
    description: 'A recording’s length in seconds, read from the file; null for images.',
  })
  durationSeconds: number | null;
}

/** The route that serves a media file; rich text may embed only these. */
export const mediaUrl = (id: string): string => `/api/media/${id}`;

/** Maps a media row to its model. */
export const toMediaFile = (e: MediaEntity): MediaFile => ({
  id: e.id,
  kind: e.kind,
  mime: e.mime,
  size: e.size,
  url: mediaUrl(e.id),
  durationSeconds: e.durationSeconds ?? null,
});

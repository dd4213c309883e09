import type { Response } from 'express';

/**
 * A storage key is a name the server made (a UUID for uploads): one plain file name, never a
 * path. Anything else is refused before touching the disk or the bucket.
 */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Returns the key unchanged, or throws when it is not one plain file name. */
export const checkedKey = (key: string): string => {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key).slice(0, 60)}`);
  return key;
};

/**
 * Where the bytes of uploaded media live. The media service only ever hands it a finished,
 * checked temporary file and a server-generated key (never a client's file name), so a
 * storage never sees a half-received upload. Local disk is the default (LocalDiskStorage);
 * S3Storage keeps them in an S3-compatible bucket (MEDIA_STORAGE=s3).
 */
export abstract class MediaStorage {
  /** Moves a complete temporary file into storage under `key`; the temporary file is gone afterwards. */
  abstract save(key: string, tempPath: string): Promise<void>;

  /** Deletes a stored file; a key with no file is not an error. */
  abstract remove(key: string): Promise<void>;

  /**
   * Sends the file as the response body, answering HTTP range requests (206 with
   * Content-Range, 416 for a range outside the file, Accept-Ranges on every answer).
   * Resolves false when there is no such file (nothing has been sent then).
   */
  abstract send(res: Response, key: string): Promise<boolean>;
}

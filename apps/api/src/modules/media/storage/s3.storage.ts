import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import type { S3Settings } from '../../../config/app-config';
import { MediaStorage, checkedKey } from './media-storage';

/** One byte range as S3 takes it: `bytes=first-` or `bytes=first-last`. */
const FROM_RANGE = /^bytes=(\d{1,15})-(\d{0,15})$/;
/** The last N bytes: `bytes=-N`, which some S3-compatible servers do not understand. */
const SUFFIX_RANGE = /^bytes=-(\d{1,15})$/;

const statusOf = (error: unknown): number | undefined =>
  error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2 and the like), chosen with
 * MEDIA_STORAGE=s3. Uploads stream from the finished temporary file with its length
 * known, so no file is ever whole in memory and one PUT either stores all of it or nothing.
 * Downloads pass the reader's byte range on to the bucket and stream its answer back, so
 * players can seek (206) without the server reading the rest of the file.
 */
export class S3Storage extends MediaStorage implements OnApplicationShutdown {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    super();
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // Checksums only where S3 requires them: the SDK's newer default (chunked uploads
      // with trailing CRC32) is refused by many S3-compatible servers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async save(key: string, tempPath: string): Promise<void> {
    const { size } = await stat(tempPath);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: checkedKey(key),
        Body: createReadStream(tempPath),
        ContentLength: size,
      }),
    );
    await rm(tempPath, { force: true });
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: checkedKey(key) }));
  }

  async send(res: Response, key: string): Promise<boolean> {
    const Key = checkedKey(key);
    const Bucket = this.settings.bucket;
    // A range the bucket may not take (suffix, several ranges, nonsense) is either made
    // explicit from the object's size or ignored, as RFC 9110 allows: the whole file is sent.
    const asked = res.req.headers.range;
    let range: string | undefined;
    if (asked && FROM_RANGE.test(asked)) range = asked;
    else if (asked && SUFFIX_RANGE.test(asked)) {
      const size = await this.size(Bucket, Key);
      if (size === null) return false;
      const last = Number(SUFFIX_RANGE.exec(asked)?.[1]);
      if (last === 0 || size === 0) return this.unsatisfiable(res, size);
      range = `bytes=${Math.max(0, size - last)}-${size - 1}`;
    }
    const head = res.req.method === 'HEAD';
    try {
      const answer = head
        ? await this.client.send(new HeadObjectCommand({ Bucket, Key, Range: range }))
        : await this.client.send(new GetObjectCommand({ Bucket, Key, Range: range }));
      res.status(answer.ContentRange ? 206 : 200);
      res.setHeader('Accept-Ranges', 'bytes');
      if (answer.ContentRange) res.setHeader('Content-Range', answer.ContentRange);
      if (answer.ContentLength !== undefined) res.setHeader('Content-Length', String(answer.ContentLength));
      const body = 'Body' in answer ? (answer.Body as Readable | undefined) : undefined;
      if (!body) res.end();
      else await pipeline(body, res);
      return true;
    } catch (error) {
      if (res.headersSent) {
        // The reader went away mid-file (a player seeking elsewhere): nothing left to answer.
        if (res.destroyed || res.writableEnded) return true;
        throw error;
      }
      const status = statusOf(error);
      if (status === 404) return false;
      if (status === 416) {
        const size = await this.size(Bucket, Key);
        return size === null ? false : this.unsatisfiable(res, size);
      }
      throw error;
    }
  }

  /** Closes the client's sockets when the app stops. */
  onApplicationShutdown(): void {
    this.client.destroy();
  }

  /** The object's length in bytes, or null when there is no such object. */
  private async size(Bucket: string, Key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket, Key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /** 416 with the file's length, as RFC 9110 asks. */
  private unsatisfiable(res: Response, size: number): true {
    res
      .status(416)
      .set({ 'Accept-Ranges': 'bytes', 'Content-Range': `bytes */${size}` })
      .end();
    return true;
  }
}

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { DomainError } from '../../common/errors/domain-error';

/** A multipart upload received whole into a temporary file. */
export interface ReceivedFile {
  tempPath: string;
  size: number;
  /** As the client named it: for display only, never a path. */
  clientName: string;
}

const tooLarge = (maxBytes: number) =>
  new DomainError('PAYLOAD_TOO_LARGE', `The file must be ${Math.floor(maxBytes / 1024 / 1024)} MB or smaller.`);

/**
 * Streams the multipart field `file` of a request to a temporary file under `tempDir`
 * (named by the server), never holding it in memory. Refuses a file past `maxBytes` as soon
 * as it passes it (PAYLOAD_TOO_LARGE), a request without one (BAD_USER_INPUT), and a request
 * cut off before its end (BAD_USER_INPUT); whenever it refuses, the temporary file is deleted
 * before the promise settles, so an aborted upload leaves nothing behind.
 */
export async function receiveUpload(req: Request, tempDir: string, maxBytes: number): Promise<ReceivedFile> {
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    throw new DomainError('BAD_USER_INPUT', 'Choose a file to upload, sent as the multipart field "file".');
  }
  await mkdir(tempDir, { recursive: true, mode: 0o700 });
  const tempPath = join(tempDir, randomUUID());
  try {
    return await new Promise<ReceivedFile>((resolve, reject) => {
      let settled = false;
      let writing: Promise<ReceivedFile> | null = null;
      let source: (NodeJS.ReadableStream & { destroy(): void }) | null = null;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        req.unpipe();
        req.resume(); // Read and drop the rest, so the answer reaches the client.
        source?.destroy();
        // Settle only once the temporary file is closed, so deleting it afterwards is final.
        void (writing ?? Promise.resolve())
          .catch(() => undefined)
          .then(() => reject(error instanceof DomainError ? error : cutOff()));
      };
      const parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 0, parts: 1 } });
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || writing) {
          stream.resume();
          return;
        }
        source = stream;
        let size = 0;
        stream.on('data', (chunk: Buffer) => (size += chunk.length));
        stream.on('limit', () => fail(tooLarge(maxBytes)));
        writing = pipeline(stream, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 })).then(() => ({
          tempPath,
          size,
          clientName: info.filename ?? '',
        }));
        writing.catch(fail);
      });
      parser.on('error', fail);
      parser.on('close', () => {
        if (settled) return;
        if (!writing) return fail(noFile());
        writing.then((file) => {
          if (settled) return;
          settled = true;
          resolve(file);
        }, fail);
      });
      req.on('close', () => {
        if (!req.complete) fail(cutOff());
      });
      req.pipe(parser);
    });
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}

const noFile = () => new DomainError('BAD_USER_INPUT', 'Choose a file to upload, sent as the multipart field "file".');
const cutOff = () => new DomainError('BAD_USER_INPUT', 'The upload was cut off before it finished. Try again.');

import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Response } from 'express';
import { MediaStorage, checkedKey } from './media-storage';

/**
 * Media on the local disk, in one folder (`<DATA_DIR>/media`, git-ignored). Temporary files
 * are received in a folder inside it, so moving one into place is a rename on the same disk.
 */
export class LocalDiskStorage extends MediaStorage {
  constructor(readonly directory: string) {
    super();
  }

  async save(key: string, tempPath: string): Promise<void> {
    await mkdir(this.directory, { recursive: true, mode: 0o755 });
    await rename(tempPath, join(this.directory, checkedKey(key)));
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.directory, checkedKey(key)), { force: true });
  }

  send(res: Response, key: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      res.sendFile(join(this.directory, checkedKey(key)), { acceptRanges: true, lastModified: false }, (error) => {
        const failure: (Error & { status?: number; headers?: Record<string, string> }) | undefined = error;
        if (!failure || res.headersSent) resolve(true);
        else if (failure.status === 416) {
          // A range outside the file: say so with the file's length, as RFC 9110 asks.
          res
            .status(416)
            .set(failure.headers ?? {})
            .end();
          resolve(true);
        }
        // A row whose file has gone from the disk (restored backup, manual clean-up) is missing, not a fault.
        else if ((failure as NodeJS.ErrnoException).code === 'ENOENT') resolve(false);
        else reject(failure);
      });
    });
  }
}

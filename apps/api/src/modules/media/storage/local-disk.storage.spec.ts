import { mkdtempSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'express';
import { LocalDiskStorage } from './local-disk.storage';
import type { MediaStorage } from './media-storage';

/** The storage interface, exercised through its local-disk implementation. */
describe('LocalDiskStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'cg-storage-'));
  const storage: MediaStorage = new LocalDiskStorage(join(root, 'media'));

  it('moves a finished temporary file into place, and removes it again', async () => {
    const temp = join(root, 'incoming-1');
    writeFileSync(temp, 'bytes');
    await storage.save('0b4a1b8e-5f0c-4d7e-9a55-7c1d2e3f4a5b', temp);
    expect(await readdir(join(root, 'media'))).toEqual(['0b4a1b8e-5f0c-4d7e-9a55-7c1d2e3f4a5b']);
    expect(await readdir(root)).not.toContain('incoming-1');
    await storage.remove('0b4a1b8e-5f0c-4d7e-9a55-7c1d2e3f4a5b');
    await storage.remove('0b4a1b8e-5f0c-4d7e-9a55-7c1d2e3f4a5b');
    expect(await readdir(join(root, 'media'))).toEqual([]);
  });

  it('refuses any key that is not one plain file name', async () => {
    const temp = join(root, 'incoming-2');
    writeFileSync(temp, 'bytes');
    for (const key of ['../escape', '.hidden', 'a/b', '', '..']) {
      await expect(storage.save(key, temp)).rejects.toThrow(/Not a storage key/);
      await expect(storage.remove(key)).rejects.toThrow(/Not a storage key/);
    }
    expect(await readdir(root)).toContain('incoming-2');
  });

  it('answers false for a key with no file, sending nothing', async () => {
    const res = {
      headersSent: false,
      sendFile: (_path: string, _options: object, done: (error?: Error) => void) =>
        done(Object.assign(new Error('gone'), { code: 'ENOENT' })),
    } as unknown as Response;
    expect(await storage.send(res, 'missing-file')).toBe(false);
  });
});

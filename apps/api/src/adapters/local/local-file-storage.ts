import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FileStorage, StoredFile } from '@devgear/application';

const SAFE_KEY = /^[a-z0-9][a-z0-9._/-]{0,254}$/i;

/**
 * The zero-config default: files under `<DATA_DIR>/media`, served by the API at
 * `/media/<key>`. Writes go to a temporary name first and are renamed into place, so a
 * reader never sees half a file.
 */
export class LocalFileStorage implements FileStorage {
  constructor(
    private readonly root: string,
    private readonly publicPrefix = '/media',
  ) {}

  private pathFor(key: string): string {
    if (!SAFE_KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      throw new Error(`Unsafe storage key: ${key}`);
    }
    return path.join(this.root, key);
  }

  async put(key: string, body: Uint8Array, _contentType: string): Promise<StoredFile> {
    const target = this.pathFor(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.tmp`;
    await writeFile(temp, body);
    await rename(temp, target);
    return { key, url: `${this.publicPrefix}/${key}` };
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.pathFor(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }
}

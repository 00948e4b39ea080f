import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../http/errors.js';

/**
 * A record names a file that the store does not hold (lost, or left out of a restore): a 404 with a
 * message the user can pass on, never a 500.
 */
export class MissingFileError extends AppError {
  constructor(readonly sha256: string) {
    super(404, 'file_missing', {
      vi: 'Tệp này không còn trong kho lưu trữ của hệ thống (có thể chưa được khôi phục từ bản sao lưu). Vui lòng báo quản trị viên.',
      en: 'This file is no longer in the file store (it may not have been restored from a backup). Please tell the administrator.',
    });
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

export const isSha256 = (value: string) => SHA256.test(value);

/**
 * Attachments stored content-addressed under `<dataDir>/files/ab/abcdef…`: the same file uploaded
 * twice is stored once, and a stored file never changes under its name.
 */
export class FileStore {
  constructor(readonly root: string) {}

  /** Where a file lives; the backup archive names its entries after it (`files/ab/abcdef…`). */
  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error('not a sha256');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(content: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const file = this.pathOf(sha256);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, { flag: 'w' });
    return sha256;
  }

  async get(sha256: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch (error) {
      if (isMissing(error)) throw new MissingFileError(sha256);
      throw error;
    }
  }

  /** The stored size, or null when the store does not hold the file. */
  async sizeOf(sha256: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * Moves a verified file (on the store's file system) into place with one rename: a reader sees the
   * old file or the new one, never a part. The content is the same by its name, so replacing is safe.
   */
  async adopt(sha256: string, verifiedFile: string): Promise<void> {
    const file = this.pathOf(sha256);
    await mkdir(path.dirname(file), { recursive: true });
    await rename(verifiedFile, file);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

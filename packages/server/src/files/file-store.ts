import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Attachments stored content-addressed under `<dataDir>/files/ab/abcdef…`: the same file uploaded
 * twice is stored once, and a stored file never changes under its name.
 */
export class FileStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(content: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const file = this.pathOf(sha256);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, { flag: 'w' });
    return sha256;
  }

  get(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }
}

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../test/harness.js';
import { storeOneFileEach, type StoredFile } from '../test/stored-files.js';

let t: TestApp;
let dataDir: string;
let stored: StoredFile[];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'danvan-missing-'));
  t = await createTestApp({ dataDir });
  stored = await storeOneFileEach(t);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a file the store no longer holds', () => {
  it('answers 404 with a message to pass on, never 500, on every download route', async () => {
    for (const file of stored) {
      const served = await t.call({ method: 'GET', url: file.url, cookie: file.cookie });
      expect(served.statusCode, file.route).toBe(200);
      expect(served.rawPayload.equals(file.content), file.route).toBe(true);
    }
    // What a restore of an old database-only backup, or a lost disk folder, leaves behind.
    await rm(path.join(dataDir, 'files'), { recursive: true });
    for (const file of stored) {
      const missing = await t.call({ method: 'GET', url: file.url, cookie: file.cookie });
      expect(missing.statusCode, file.route).toBe(404);
      const error = errorBody(missing);
      expect(error.code, file.route).toBe('file_missing');
      expect(error.message.vi).toMatch(/không còn trong kho/);
      expect(error.message.en).toMatch(/no longer in the file store/);
    }
  });
});

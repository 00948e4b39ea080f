import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChecklistItem, ModelSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityConference } from '../test/conferences.js';
import { createTestApp, errorBody, type TestApp } from '../test/harness.js';
import { giveTask } from '../test/tasks.js';

let t: TestApp;
let dataDir: string;
let cookie: string;
const uploads: Record<string, string> = {};
// Who uploads where, when not the ward's specialist.
const uploaders: Record<string, string> = {};

// What a broken client, a proxy cutting a body short or an attacker sends as "multipart".
const boundary = 'danvan-boundary';
const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bien-ban.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
// The case, the body, its content type, and the field the refusal names (`file` unless Fastify
// itself refuses a content type no route parses).
const malformed: [string, string | Buffer, string, string?][] = [
  ['garbage without a boundary', 'garbage', 'multipart/form-data'],
  ['garbage with a boundary', Buffer.from([0, 1, 2, 255, 254, 10, 13]), `multipart/form-data; boundary=${boundary}`],
  ['an empty boundary', `${head}%PDF-1.4\r\n--${boundary}--\r\n`, 'multipart/form-data; boundary='],
  ['a wrong boundary', `${head}%PDF-1.4\r\n--${boundary}--\r\n`, 'multipart/form-data; boundary=other'],
  ['cut short in the part headers', head.slice(0, 40), `multipart/form-data; boundary=${boundary}`],
  ['cut short in the file', `${head}%PDF-1.4 half a file`, `multipart/form-data; boundary=${boundary}`],
  ['no closing boundary', `${head}%PDF-1.4\r\n--${boundary}\r\n`, `multipart/form-data; boundary=${boundary}`],
  ['only the closing boundary', `--${boundary}--\r\n`, `multipart/form-data; boundary=${boundary}`],
  ['an empty body', '', `multipart/form-data; boundary=${boundary}`],
  [
    'a field but no file',
    `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n--${boundary}--\r\n`,
    `multipart/form-data; boundary=${boundary}`,
  ],
  [
    'multipart/mixed',
    `${head}%PDF-1.4\r\n--${boundary}--\r\n`,
    `multipart/mixed; boundary=${boundary}`,
    'headers.content-type',
  ],
  ['not multipart at all', '%PDF-1.4', 'application/pdf', 'headers.content-type'],
  [
    // busboy keeps the first 80 KB of a part's headers and silently drops the rest.
    'part headers of 200 KB',
    `${head.replace('\r\n\r\n', `\r\nX-Padding: ${'a'.repeat(200_000)}\r\n\r\n`)}%PDF-1.4\r\n--${boundary}--\r\n`,
    `multipart/form-data; boundary=${boundary}`,
  ],
  [
    'five thousand part headers',
    `${head.replace('\r\n\r\n', `\r\n${'X-H: v\r\n'.repeat(5000)}\r\n`)}%PDF-1.4\r\n--${boundary}--\r\n`,
    `multipart/form-data; boundary=${boundary}`,
  ],
  [
    'the file in another field',
    `${head.replace('name="file"', 'name="attachment"')}%PDF-1.4\r\n--${boundary}--\r\n`,
    `multipart/form-data; boundary=${boundary}`,
  ],
  [
    'a second file',
    `${head}%PDF-1.4\r\n${head}%PDF-1.4\r\n--${boundary}--\r\n`,
    `multipart/form-data; boundary=${boundary}`,
  ],
];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'danvan-upload-'));
  t = await createTestApp({ dataDir });
  cookie = await t.login('phuong1.dv');
  const planner = await t.login('thanhpho.lanhdao');
  const ward = await t.unitId('AS-SH-P1');
  const document = await t.call({
    method: 'POST',
    url: '/api/documents',
    cookie,
    body: {
      unitId: await t.unitId('AS-SH-P1-KDV'),
      type: 'TB',
      symbol: '7-TB/KDV',
      issuedOn: '2026-03-02',
      signer: 'Hoàng Minh Tuấn',
      title: 'Thông báo lịch tiếp dân',
      topics: [],
    },
  });
  expect(document.statusCode, document.body).toBe(201);
  const movement = await t.call({
    method: 'POST',
    url: '/api/movements',
    cookie: planner,
    body: {
      ownerUnitId: await t.unitId('AS-SH'),
      name: 'Dân vận khéo',
      startOn: '2026-01-01',
      participantUnitIds: [ward],
    },
  });
  const model = await t.call({
    method: 'POST',
    url: '/api/models',
    cookie,
    body: {
      movementId: movement.json().id,
      unitId: ward,
      name: 'Tuyến hẻm xanh',
      field: 'culture_society',
      registeredOn: '2026-03-02',
    },
  });
  expect(model.statusCode, model.body).toBe(201);
  const checklist = (await t.call({ method: 'GET', url: '/api/democracy/checklist?year=2026', cookie })).json() as {
    items: ChecklistItem[];
  };
  uploads['document attachment'] = `/api/documents/${document.json().id}/attachments`;
  uploads['model photo'] = `/api/models/${model.json().id}/photos`;
  uploads['democracy evidence'] = `/api/democracy/assessments/${ward}/2026/items/${checklist.items[0].id}/attachments`;
  uploads['register import'] = `/api/documents/import?unitId=${await t.unitId('AS-SH-P1-KDV')}`;
  const task = await giveTask(t, planner, { ownerUnitIds: [ward] });
  const conference = await cityConference(t, planner, []);
  uploads['task evidence'] = `/api/tasks/${task.id}/attachments`;
  uploads['conference file'] = `/api/conferences/${conference.id}/files?title=${encodeURIComponent('Tham luận')}`;
  uploaders['conference file'] = planner;
  // The body is read before the nomination is looked up, so an id nobody holds is refused the same way.
  uploads['commendation evidence'] = '/api/commendations/nominations/2147483647/evidence';
});

afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a malformed multipart body', () => {
  it.each([
    'document attachment',
    'model photo',
    'democracy evidence',
    'register import',
    'task evidence',
    'conference file',
    'commendation evidence',
  ])('is refused at "file" with a message in both languages by the %s upload, and nothing is stored', async (route) => {
    const before = await t.ownerQuery<{ n: number }>(
      `SELECT (SELECT count(*) FROM document_attachments) + (SELECT count(*) FROM model_photos)
              + (SELECT count(*) FROM democracy_attachments) + (SELECT count(*) FROM task_attachments)
              + (SELECT count(*) FROM conference_files) + (SELECT count(*) FROM nomination_evidence)
              + (SELECT count(*) FROM audit_log) AS n`,
    );
    for (const [what, payload, contentType, field = 'file'] of malformed) {
      const response = await t.app.inject({
        method: 'POST',
        url: uploads[route],
        headers: { cookie: uploaders[route] ?? cookie, 'content-type': contentType },
        payload,
      });
      expect([400, 415], `${what}: ${response.body}`).toContain(response.statusCode);
      const error = errorBody(response);
      expect(error.fields?.[0]?.path, what).toBe(field);
      expect(error.fields?.[0]?.vi, what).toBeTruthy();
      expect(error.fields?.[0]?.en, what).toBeTruthy();
    }
    const after = await t.ownerQuery<{ n: number }>(
      `SELECT (SELECT count(*) FROM document_attachments) + (SELECT count(*) FROM model_photos)
              + (SELECT count(*) FROM democracy_attachments) + (SELECT count(*) FROM task_attachments)
              + (SELECT count(*) FROM conference_files) + (SELECT count(*) FROM nomination_evidence)
              + (SELECT count(*) FROM audit_log) AS n`,
    );
    expect(after).toEqual(before);
  });
});

describe('a file name with bidi controls', () => {
  it('is stored and served without them, so `.exe` cannot pass for a picture', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ảnh\u202egnp.exe\u2066.png"\r\nContent-Type: image/png\r\n\r\n`;
    const added = await t.app.inject({
      method: 'POST',
      url: uploads['model photo'],
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([Buffer.from(head), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
    expect(added.statusCode, added.body).toBe(201);
    const photo = (added.json() as ModelSummary).photos.at(-1)!;
    expect(photo.fileName).toBe('ảnhgnp.exe.png');
    const served = await t.call({ method: 'GET', url: `${uploads['model photo']}/${photo.id}`, cookie });
    expect(served.statusCode).toBe(200);
    const disposition = String(served.headers['content-disposition']);
    expect(decodeURIComponent(disposition.split("''")[1])).toBe('ảnhgnp.exe.png');
    expect(disposition).not.toMatch(/%E2%80%AE|%E2%81%A6/i);
  });
});

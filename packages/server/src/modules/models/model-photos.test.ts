import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MODEL_PHOTO_MAX_BYTES, type ModelSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
let dataDir: string;
const cookies: Record<string, string> = {};
let model: ModelSummary;

// A real 1×1 PNG, a JPEG header and a WebP header: what counts is the signature, not the name.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0rest of a picture')]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0, 0, 0]), Buffer.from('WEBPVP8 rest')]);

function multipart(fileName: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----danvan-photo-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const upload = (cookie: string, id: number, fileName: string, content: Buffer, type?: string) => {
  const { body, contentType } = multipart(fileName, content, type);
  return t.app.inject({
    method: 'POST',
    url: `/api/models/${id}/photos`,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });
};

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'danvan-photos-'));
  t = await createTestApp({ dataDir });
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  const ward1 = await t.unitId('AS-SH-P1');
  const movement = await t.call({
    method: 'POST',
    url: '/api/movements',
    cookie: cookies['thanhpho.lanhdao'],
    body: {
      ownerUnitId: await t.unitId('AS-SH'),
      name: 'Dân vận khéo 2026',
      startOn: '2026-01-01',
      participantUnitIds: [ward1],
    },
  });
  const created = await t.call({
    method: 'POST',
    url: '/api/models',
    cookie: cookies['phuong1.dv'],
    body: {
      movementId: movement.json().id,
      unitId: ward1,
      name: 'Tuyến hẻm xanh – sạch – đẹp',
      field: 'culture_society',
      registeredOn: '2026-03-02',
    },
  });
  model = created.json();
  await t.call({
    method: 'POST',
    url: '/api/users',
    cookie: cookies.admin,
    body: { username: 'phuong1.xem', fullName: 'Người xem', password: 'mat-khau-xem-1', role: 'viewer', unitId: ward1 },
  });
  cookies.viewer = await t.login('phuong1.xem', 'mat-khau-xem-1');
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('photos of a model', () => {
  it('stores a PNG, JPEG and WebP by their content and serves them to the scope', async () => {
    const added = await upload(cookies['phuong1.dv'], model.id, 'Hẻm 12 trước và sau.png', png, 'image/png');
    expect(added.statusCode, added.body).toBe(201);
    const photos = (added.json() as ModelSummary).photos;
    expect(photos).toMatchObject([{ fileName: 'Hẻm 12 trước và sau.png', mime: 'image/png', size: png.length }]);
    // A JPEG named .png is stored as what it is.
    const disguised = await upload(cookies['phuong1.dv'], model.id, 'anh.png', jpeg, 'image/png');
    expect((disguised.json() as ModelSummary).photos.map((p) => p.mime)).toEqual(['image/png', 'image/jpeg']);
    const third = await upload(cookies['phuong1.dv'], model.id, 'anh.webp', webp);
    expect((third.json() as ModelSummary).photos.map((p) => p.mime)).toEqual(['image/png', 'image/jpeg', 'image/webp']);

    const served = await t.call({
      method: 'GET',
      url: `/api/models/${model.id}/photos/${photos[0].id}`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toMatch(/^inline; filename="hem-12-truoc-va-sau.png"/);
    expect(served.rawPayload.equals(png)).toBe(true);
    expect(
      (await t.call({ method: 'GET', url: `/api/models/${model.id}/photos/${photos[0].id}`, cookie: cookies.viewer }))
        .statusCode,
    ).toBe(200);
    const detail = (
      await t.call({ method: 'GET', url: `/api/models/${model.id}`, cookie: cookies['phuong1.dv'] })
    ).json() as ModelSummary;
    expect(detail.photos).toHaveLength(3);
    expect(detail.abilities.managePhotos).toBe(true);
  });

  it('never shows or changes photos outside the scope (404) and refuses viewers (403)', async () => {
    const [photo] = (
      (
        await t.call({ method: 'GET', url: `/api/models/${model.id}`, cookie: cookies['phuong1.dv'] })
      ).json() as ModelSummary
    ).photos;
    const url = `/api/models/${model.id}/photos/${photo.id}`;
    expect((await t.call({ method: 'GET', url, cookie: cookies['phuong2.dv'] })).statusCode).toBe(404);
    expect((await t.call({ method: 'DELETE', url, cookie: cookies['phuong2.dv'] })).statusCode).toBe(404);
    expect((await upload(cookies['phuong2.dv'], model.id, 'x.png', png)).statusCode).toBe(404);
    expect((await t.call({ method: 'GET', url })).statusCode).toBe(401);

    const viewerUpload = await upload(cookies.viewer, model.id, 'x.png', png);
    expect(viewerUpload.statusCode).toBe(403);
    expect((await t.call({ method: 'DELETE', url, cookie: cookies.viewer })).statusCode).toBe(403);
    expect(
      ((await t.call({ method: 'GET', url: `/api/models/${model.id}`, cookie: cookies.viewer })).json() as ModelSummary)
        .abilities.managePhotos,
    ).toBe(false);
    expect(
      (await t.call({ method: 'GET', url: `/api/models/${model.id}/photos/999999`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses what is not a picture, empty or too large, with the field and both languages', async () => {
    const text = await upload(
      cookies['phuong1.dv'],
      model.id,
      'giả-ảnh.jpg',
      Buffer.from('<html>not a picture</html>'),
      'image/jpeg',
    );
    expect(text.statusCode).toBe(415);
    expect(errorBody(text).fields?.[0]).toMatchObject({ path: 'file', vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP' });
    const pdf = await upload(cookies['phuong1.dv'], model.id, 'a.png', Buffer.from('%PDF-1.4 …'));
    expect(pdf.statusCode).toBe(415);
    const empty = await upload(cookies['phuong1.dv'], model.id, 'a.png', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(errorBody(empty).fields?.[0].path).toBe('file');
    const huge = await upload(
      cookies['phuong1.dv'],
      model.id,
      'lon.png',
      Buffer.concat([png, Buffer.alloc(MODEL_PHOTO_MAX_BYTES)]),
    );
    expect(huge.statusCode).toBe(413);
    expect(errorBody(huge).fields?.[0]).toMatchObject({
      path: 'file',
      vi: 'Ảnh lớn hơn 10 MB',
      en: 'The photo is larger than 10 MB',
    });
    const json = await t.call({
      method: 'POST',
      url: `/api/models/${model.id}/photos`,
      cookie: cookies['phuong1.dv'],
      body: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
    expect(errorBody(json).fields?.[0].path).toBe('file');
    const badId = await t.call({
      method: 'GET',
      url: `/api/models/${model.id}/photos/abc`,
      cookie: cookies['phuong1.dv'],
    });
    expect(badId.statusCode).toBe(400);
    expect(errorBody(badId).fields?.[0].path).toBe('params.photoId');
    const badDelete = await t.call({ method: 'DELETE', url: `/api/models/0/photos/1`, cookie: cookies['phuong1.dv'] });
    expect(badDelete.statusCode).toBe(400);
    expect(errorBody(badDelete).fields?.[0].path).toBe('params.id');
    expect((await upload(cookies['phuong1.dv'], 999_999, 'a.png', png)).statusCode).toBe(404);
    const after = (
      await t.call({ method: 'GET', url: `/api/models/${model.id}`, cookie: cookies['phuong1.dv'] })
    ).json() as ModelSummary;
    expect(after.photos).toHaveLength(3);
  });

  it('removes a photo, audited with what was removed, and it is gone', async () => {
    const [photo] = (
      (
        await t.call({ method: 'GET', url: `/api/models/${model.id}`, cookie: cookies['phuong1.dv'] })
      ).json() as ModelSummary
    ).photos;
    const removed = await t.call({
      method: 'DELETE',
      url: `/api/models/${model.id}/photos/${photo.id}`,
      cookie: cookies['phuong1.dv'],
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as ModelSummary).photos.map((p) => p.id)).not.toContain(photo.id);
    expect(
      (
        await t.call({
          method: 'GET',
          url: `/api/models/${model.id}/photos/${photo.id}`,
          cookie: cookies['phuong1.dv'],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.call({
          method: 'DELETE',
          url: `/api/models/${model.id}/photos/${photo.id}`,
          cookie: cookies['phuong1.dv'],
        })
      ).statusCode,
    ).toBe(404);
    const audit = await t.ownerQuery<{
      action: string;
      before: { fileName?: string } | null;
      after: { mime?: string } | null;
    }>(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'model' AND entity_id = $1 AND action LIKE 'model.photo.%' ORDER BY id`,
      [String(model.id)],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'model.photo.add',
      'model.photo.add',
      'model.photo.add',
      'model.photo.remove',
    ]);
    expect(audit[0].after?.mime).toBe('image/png');
    expect(audit[3].before?.fileName).toBe('Hẻm 12 trước và sau.png');
  });
});

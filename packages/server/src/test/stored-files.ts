// One stored file behind each download route (a document's attachment, a model's photo, a democracy
// assessment's evidence), uploaded through the API as users do: for the backup and missing-file tests.
import type { ChecklistItem } from '@danvan/shared';
import { Document, Packer, Paragraph } from 'docx';
import { expect } from 'vitest';
import { fullAnswer, multipart } from './democracy.js';
import { settledAttachments } from './attachments.js';
import type { TestApp } from './harness.js';

export interface StoredFile {
  route: 'document attachment' | 'model photo' | 'democracy evidence';
  /** The download URL and who may use it. */
  url: string;
  cookie: string;
  content: Buffer;
}

export const png = (text: string) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)]);

async function post(t: TestApp, cookie: string, url: string, body: unknown) {
  const response = await t.call({ method: 'POST', url, cookie, body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number };
}

export async function upload(t: TestApp, cookie: string, url: string, fileName: string, content: Buffer) {
  const { body, contentType } = multipart(fileName, content);
  const response = await t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Record<string, unknown>;
}

/** A model of Phường 1 to hang photos on; returns its photos' upload URL. */
export async function wardModel(t: TestApp, cookies: { leader: string; ward: string }): Promise<string> {
  const ward1 = await t.unitId('AS-SH-P1');
  const movement = await post(t, cookies.leader, '/api/movements', {
    ownerUnitId: await t.unitId('AS-SH'),
    name: 'Dân vận khéo 2026',
    startOn: '2026-01-01',
    participantUnitIds: [ward1],
  });
  const model = await post(t, cookies.ward, '/api/models', {
    movementId: movement.id,
    unitId: ward1,
    name: 'Tuyến hẻm xanh – sạch – đẹp',
    field: 'culture_society',
    registeredOn: '2026-03-02',
  });
  return `/api/models/${model.id}/photos`;
}

export async function storeOneFileEach(t: TestApp): Promise<StoredFile[]> {
  const ward = await t.login('phuong1.dv');
  const leader = await t.login('thanhpho.lanhdao');

  const document = await post(t, ward, '/api/documents', {
    unitId: await t.unitId('AS-SH-P1-KDV'),
    type: 'TB',
    symbol: '21-TB/KDV',
    issuedOn: '2026-03-02',
    signer: 'Hoàng Minh Tuấn',
    title: 'Thông báo lịch tiếp dân quý II năm 2026',
  });
  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('Lịch tiếp dân của Ban Dân vận phường')] }] }),
  );
  const withAttachment = await upload(t, ward, `/api/documents/${document.id}/attachments`, 'Lịch tiếp dân.docx', docx);
  const [attachment] = withAttachment.attachments as { id: number }[];
  // Its text is read in the background: wait, so that the records do not change under a backup.
  await settledAttachments(t, ward, document.id);

  const photos = await wardModel(t, { leader, ward });
  const photo = png('ảnh hẻm 12 sau khi làm');
  const [added] = (await upload(t, ward, photos, 'Hẻm 12.png', photo)).photos as { id: number }[];

  const assessment = `/api/democracy/assessments/${await t.unitId('AS-SH-P1')}/2026`;
  const { items } = (
    await t.call({ method: 'GET', url: '/api/democracy/checklist?year=2026', cookie: ward })
  ).json() as { items: ChecklistItem[] };
  const saved = await t.call({ method: 'PUT', url: assessment, cookie: ward, body: fullAnswer(items) });
  expect(saved.statusCode, saved.body).toBe(200);
  const evidence = png('ảnh bảng niêm yết công khai');
  const detail = await upload(t, ward, `${assessment}/items/${items[0].id}/attachments`, 'Bảng niêm yết.png', evidence);
  const [proof] = (detail.items as { attachments: { id: number }[] }[])[0].attachments;

  return [
    {
      route: 'document attachment',
      url: `/api/documents/${document.id}/attachments/${attachment.id}`,
      cookie: ward,
      content: Buffer.from(docx),
    },
    { route: 'model photo', url: `${photos}/${added.id}`, cookie: ward, content: photo },
    { route: 'democracy evidence', url: `${assessment}/attachments/${proof.id}`, cookie: ward, content: evidence },
  ];
}

// Factories for the grassroots-democracy tests: an app with the accounts and units they use and the
// year's checklist, a complete answer to it, an upload body, and Phường 1's draft with its evidence.
import type { AssessmentSaveInput, ChecklistItem } from '@danvan/shared';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';

export async function openDemocracyApp() {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'phuong1.lanhdao', 'tinh.dv'])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-SH-P8', 'AS-SH-P1-KDV', 'AS-DD-TH'])
    ids[code] = await t.unitId(code);
  const checklist = (
    (
      await t.call({ method: 'GET', url: '/api/democracy/checklist?year=2026', cookie: cookies['phuong1.dv'] })
    ).json() as { items: ChecklistItem[] }
  ).items;
  return { t, cookies, ids, checklist };
}

/** A complete answer: every item done once, with a meeting for the decisions and consultations. */
export function fullAnswer(
  checklist: ChecklistItem[],
  overrides: Partial<AssessmentSaveInput> = {},
): Omit<AssessmentSaveInput, 'entries'> & { entries: Partial<AssessmentSaveInput['entries'][number]>[] } {
  return {
    entries: checklist.map((item) => ({
      itemId: item.id,
      status: item.code === 'YK_DIA_GIOI' ? 'not_applicable' : 'done',
      quantity: item.group === 'disclosure' ? 3 : item.group === 'supervision' ? null : 1,
      meetings: item.group === 'decision' || item.group === 'consultation' ? 2 : null,
      doneOn: '2026-06-15',
      note: 'Niêm yết tại trụ sở và nhà văn hóa khu phố',
    })),
    selfRating: 'good',
    selfComment: 'Thực hiện đầy đủ, đúng quy định',
    ...overrides,
  };
}

export function multipart(fileName: string, content: Buffer) {
  const boundary = '----danvan-democracy-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/**
 * Phường 1's assessment of 2026 as the draft and evidence tests (democracy.test.ts) leave it: the
 * complete answer citing the notice 12-TB/KDV, and a photo attached to the first item.
 */
export async function draftWithEvidence(
  t: TestApp,
  cookies: Record<string, string>,
  ids: Record<string, number>,
  checklist: ChecklistItem[],
) {
  const url = `/api/democracy/assessments/${ids['AS-SH-P1']}/2026`;
  const document = await t.call({
    method: 'POST',
    url: '/api/documents',
    cookie: cookies['phuong1.dv'],
    body: {
      unitId: ids['AS-SH-P1-KDV'],
      type: 'TB',
      symbol: '12-TB/KDV',
      issuedOn: '2026-03-02',
      signer: 'Hoàng Minh Tuấn',
      title: 'Thông báo công khai dự toán ngân sách phường năm 2026',
      topics: ['democracy'],
    },
  });
  expect(document.statusCode, document.body).toBe(201);
  const answer = fullAnswer(checklist);
  answer.entries[1] = { ...answer.entries[1], documentIds: [(document.json() as { id: number }).id] };
  const saved = await t.call({ method: 'PUT', url, cookie: cookies['phuong1.dv'], body: answer });
  expect(saved.statusCode, saved.body).toBe(200);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('ảnh bảng niêm yết'),
  ]);
  const { body, contentType } = multipart('Ảnh bảng niêm yết.png', png);
  const added = await t.app.inject({
    method: 'POST',
    url: `${url}/items/${checklist[0].id}/attachments`,
    headers: { cookie: cookies['phuong1.dv'], 'content-type': contentType },
    payload: body,
  });
  expect(added.statusCode, added.body).toBe(201);
}

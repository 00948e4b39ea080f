import type { AssessmentDetail, AssessmentRow, AssessmentSaveInput, ChecklistItem } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { fullAnswer as completeAnswer, multipart, openDemocracyApp } from '../../test/democracy.js';

// Grassroots-democracy assessments: the list, a draft with its evidence documents and files, in scope only.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;
let checklist: ChecklistItem[];

const url = (code: string, year = 2026, rest = '') => `/api/democracy/assessments/${ids[code]}/${year}${rest}`;
const fullAnswer = (overrides: Partial<AssessmentSaveInput> = {}) => completeAnswer(checklist, overrides);

beforeAll(async () => {
  ({ t, cookies, ids, checklist } = await openDemocracyApp());
});
afterAll(() => t.close());

describe('grassroots democracy assessments', () => {
  it('lists the commune-level units of the scope with their status', async () => {
    const city = (
      await t.call({ method: 'GET', url: '/api/democracy/assessments?year=2026', cookie: cookies['thanhpho.lanhdao'] })
    ).json() as AssessmentRow[];
    expect(city.map((row) => row.unitName)).toEqual(Array.from({ length: 8 }, (_, i) => `Phường ${i + 1}`));
    expect(city[0]).toMatchObject({ status: 'not_started', itemsTotal: 24, abilities: { edit: false, rate: false } });
    expect(
      (
        (
          await t.call({ method: 'GET', url: '/api/democracy/assessments?year=2026', cookie: cookies['phuong1.dv'] })
        ).json() as AssessmentRow[]
      )[0].abilities.edit,
    ).toBe(true);
    const ward = (
      await t.call({ method: 'GET', url: '/api/democracy/assessments?year=2026', cookie: cookies['phuong1.dv'] })
    ).json() as AssessmentRow[];
    expect(ward.map((row) => row.unitName)).toEqual(['Phường 1']);
    const search = (
      await t.call({
        method: 'GET',
        url: '/api/democracy/assessments?year=2026&q=phuong%203',
        cookie: cookies['tinh.dv'],
      })
    ).json() as AssessmentRow[];
    expect(search.map((row) => row.unitName)).toEqual(['Phường 3']);
    const bad = await t.call({
      method: 'GET',
      url: '/api/democracy/assessments?year=2026&status=lost',
      cookie: cookies['tinh.dv'],
    });
    expect(errorBody(bad).fields?.[0].path).toBe('query.status');
  });

  it('saves a draft with evidence, in scope only, and checks the answers', async () => {
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
    const documentId = (document.json() as { id: number }).id;
    const answer = fullAnswer();
    answer.entries[1] = { ...answer.entries[1], documentIds: [documentId] };

    const saved = await t.call({ method: 'PUT', url: url('AS-SH-P1'), cookie: cookies['phuong1.dv'], body: answer });
    expect(saved.statusCode, saved.body).toBe(200);
    const detail = saved.json() as AssessmentDetail;
    expect(detail).toMatchObject({
      status: 'draft',
      selfRating: 'good',
      itemsDone: 23,
      disclosed: 30,
      meetings: 18,
      abilities: { edit: true, submit: true, rate: false },
    });
    expect(detail.items[1].entry?.documents).toEqual([
      {
        id: documentId,
        symbol: '12-TB/KDV',
        title: 'Thông báo công khai dự toán ngân sách phường năm 2026',
        issuedOn: '2026-03-02',
      },
    ]);

    expect(
      (await t.call({ method: 'PUT', url: url('AS-SH-P2'), cookie: cookies['phuong1.dv'], body: answer })).statusCode,
    ).toBe(404);
    expect((await t.call({ method: 'GET', url: url('AS-SH-P1'), cookie: cookies['phuong2.dv'] })).statusCode).toBe(404);
    expect(
      (await t.call({ method: 'PUT', url: url('AS-SH'), cookie: cookies['thanhpho.lanhdao'], body: answer }))
        .statusCode,
    ).toBe(400);
    // The level above rates; it does not fill in a ward's checklist for it.
    expect(
      (await t.call({ method: 'PUT', url: url('AS-SH-P3'), cookie: cookies['thanhpho.lanhdao'], body: answer }))
        .statusCode,
    ).toBe(403);

    const otherWardDoc = await t.call({
      method: 'PUT',
      url: url('AS-SH-P2'),
      cookie: cookies['phuong2.dv'],
      body: { entries: [{ itemId: checklist[0].id, status: 'done', documentIds: [documentId] }] },
    });
    expect(otherWardDoc.statusCode).toBe(404);
    expect(errorBody(otherWardDoc).fields?.[0].path).toBe('body.entries.0.documentIds.0');
    const badStatus = await t.call({
      method: 'PUT',
      url: url('AS-SH-P1'),
      cookie: cookies['phuong1.dv'],
      body: { entries: [{ itemId: checklist[0].id, status: 'maybe' }] },
    });
    expect(errorBody(badStatus).fields?.[0].path).toBe('body.entries.0.status');
    const negative = await t.call({
      method: 'PUT',
      url: url('AS-SH-P1'),
      cookie: cookies['phuong1.dv'],
      body: { entries: [{ itemId: checklist[0].id, status: 'done', quantity: -1 }] },
    });
    expect(errorBody(negative).fields?.[0].path).toBe('body.entries.0.quantity');
    const wrongYear = await t.call({
      method: 'PUT',
      url: url('AS-SH-P1'),
      cookie: cookies['phuong1.dv'],
      body: { entries: [{ itemId: checklist[0].id, status: 'done', doneOn: '2025-12-31' }] },
    });
    expect(errorBody(wrongYear).fields?.[0]).toMatchObject({
      path: 'body.entries.0.doneOn',
      vi: 'Ngày thực hiện phải trong năm 2026',
    });
    const otherYearItem = (
      await t.call({ method: 'GET', url: '/api/democracy/checklist?year=2025', cookie: cookies['phuong1.dv'] })
    ).json() as { items: ChecklistItem[] };
    const wrongItem = await t.call({
      method: 'PUT',
      url: url('AS-SH-P1'),
      cookie: cookies['phuong1.dv'],
      body: { entries: [{ itemId: otherYearItem.items[0].id, status: 'done' }] },
    });
    expect(errorBody(wrongItem).fields?.[0].path).toBe('body.entries.0.itemId');
    const twice = await t.call({
      method: 'PUT',
      url: url('AS-SH-P1'),
      cookie: cookies['phuong1.dv'],
      body: {
        entries: [
          { itemId: checklist[0].id, status: 'done' },
          { itemId: checklist[0].id, status: 'done' },
        ],
      },
    });
    expect(errorBody(twice).fields?.[0].path).toBe('body.entries.1.itemId');
    const hostile = [
      await t.call({
        method: 'PUT',
        url: url('AS-SH-P1'),
        cookie: cookies['phuong1.dv'],
        body: { entries: [{ itemId: 9_999_999_999, status: 'done' }] },
      }),
      await t.call({
        method: 'PUT',
        url: url('AS-SH-P1'),
        cookie: cookies['phuong1.dv'],
        body: { entries: [{ itemId: checklist[0].id, status: 'done', note: 'Niêm\u0000yết' }] },
      }),
      await t.call({ method: 'GET', url: '/api/democracy/assessments/9999999999/2026', cookie: cookies['phuong1.dv'] }),
      await t.call({ method: 'GET', url: '/api/democracy/assessments/1/1850', cookie: cookies['phuong1.dv'] }),
      await t.call({
        method: 'PUT',
        url: url('AS-SH-P1'),
        cookie: cookies['phuong1.dv'],
        body: '{"entries": [',
        headers: { 'content-type': 'application/json' },
      }),
    ];
    for (const response of hostile) {
      expect(response.statusCode, response.body).toBe(400);
      expect(['invalid_input', 'invalid_json']).toContain(errorBody(response).code);
    }
    // Nothing half-written: the failed saves left the draft as it was.
    const after = (
      await t.call({ method: 'GET', url: url('AS-SH-P1'), cookie: cookies['phuong1.dv'] })
    ).json() as AssessmentDetail;
    expect(after.itemsDone).toBe(23);
  });

  it('stores evidence files checked by content and never serves them out of scope', async () => {
    const item = checklist[0].id;
    const upload = (cookie: string, code: string, fileName: string, content: Buffer) => {
      const { body, contentType } = multipart(fileName, content);
      return t.app.inject({
        method: 'POST',
        url: url(code, 2026, `/items/${item}/attachments`),
        headers: { cookie, 'content-type': contentType },
        payload: body,
      });
    };
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('ảnh bảng niêm yết'),
    ]);
    const added = await upload(cookies['phuong1.dv'], 'AS-SH-P1', 'Ảnh bảng niêm yết.png', png);
    expect(added.statusCode, added.body).toBe(201);
    const attachment = (added.json() as AssessmentDetail).items[0].attachments[0];
    expect(attachment).toMatchObject({ fileName: 'Ảnh bảng niêm yết.png', mime: 'image/png', size: png.length });
    const again = await upload(cookies['phuong1.dv'], 'AS-SH-P1', 'bản sao.png', png);
    expect(again.statusCode).toBe(409);
    expect(errorBody(again).fields?.[0].path).toBe('file');
    const fake = await upload(cookies['phuong1.dv'], 'AS-SH-P1', 'bien-ban.pdf', Buffer.from('MZ not a pdf'));
    expect(fake.statusCode).toBe(415);
    expect(errorBody(fake).fields?.[0].path).toBe('file');
    expect((await upload(cookies['phuong2.dv'], 'AS-SH-P1', 'x.png', png)).statusCode).toBe(404);

    const download = (cookie: string) =>
      t.call({ method: 'GET', url: url('AS-SH-P1', 2026, `/attachments/${attachment.id}`), cookie });
    const own = await download(cookies['phuong1.dv']);
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(png)).toBe(true);
    expect((await download(cookies['thanhpho.lanhdao'])).statusCode).toBe(200);
    expect((await download(cookies['phuong2.dv'])).statusCode).toBe(404);
    const viaOtherWard = await t.call({
      method: 'GET',
      url: url('AS-SH-P2', 2026, `/attachments/${attachment.id}`),
      cookie: cookies['phuong2.dv'],
    });
    expect(viaOtherWard.statusCode).toBe(404);
  });
});

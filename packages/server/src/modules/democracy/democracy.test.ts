import type { AssessmentDetail, AssessmentRow, AssessmentSaveInput, ChecklistItem } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let checklist: ChecklistItem[];

const url = (code: string, year = 2026, rest = '') => `/api/democracy/assessments/${ids[code]}/${year}${rest}`;

/** A complete answer: every item done once, with a meeting for the decisions and consultations. */
function fullAnswer(
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

function multipart(fileName: string, content: Buffer) {
  const boundary = '----danvan-democracy-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'phuong1.lanhdao', 'tinh.dv'])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-SH-P8', 'AS-SH-P1-KDV', 'AS-DD-TH'])
    ids[code] = await t.unitId(code);
  checklist = (
    (
      await t.call({ method: 'GET', url: '/api/democracy/checklist?year=2026', cookie: cookies['phuong1.dv'] })
    ).json() as { items: ChecklistItem[] }
  ).items;
});
afterAll(() => t.close());

describe('grassroots democracy checklist', () => {
  it('ships a default checklist of the four groups for 2025–2027', async () => {
    const response = await t.call({
      method: 'GET',
      url: '/api/democracy/checklist?year=2026',
      cookie: cookies['phuong1.dv'],
    });
    const body = response.json() as { years: number[]; items: ChecklistItem[] };
    expect(body.years).toEqual([2027, 2026, 2025]);
    expect(body.items.length).toBeGreaterThanOrEqual(15);
    expect(body.items.length).toBeLessThanOrEqual(25);
    expect(new Set(body.items.map((item) => item.group))).toEqual(
      new Set(['disclosure', 'decision', 'consultation', 'supervision']),
    );
    expect(body.items.find((item) => item.code === 'GS_DOI_THOAI')).toMatchObject({
      legalRef: 'Điều 32',
      retired: false,
    });
    const badYear = await t.call({
      method: 'GET',
      url: '/api/democracy/checklist?year=hai',
      cookie: cookies['phuong1.dv'],
    });
    expect(errorBody(badYear).fields?.[0].path).toBe('query.year');
  });

  it('lets only admins add, change, retire items and copy a year', async () => {
    const item = {
      year: 2027,
      group: 'supervision',
      code: 'GS_CAMERA',
      title: 'Giám sát  việc lắp camera an ninh khu phố',
      legalRef: 'Điều 30',
    };
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/democracy/checklist',
          cookie: cookies['thanhpho.lanhdao'],
          body: item,
        })
      ).statusCode,
    ).toBe(403);
    const added = await t.call({ method: 'POST', url: '/api/democracy/checklist', cookie: cookies.admin, body: item });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      code: 'GS_CAMERA',
      title: 'Giám sát việc lắp camera an ninh khu phố',
      sortOrder: 25,
    });
    const duplicate = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist',
      cookie: cookies.admin,
      body: item,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(errorBody(duplicate).fields?.[0].path).toBe('body.code');
    const badGroup = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist',
      cookie: cookies.admin,
      body: { ...item, code: 'X1', group: 'sports' },
    });
    expect(errorBody(badGroup).fields?.[0].path).toBe('body.group');
    const badCode = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist',
      cookie: cookies.admin,
      body: { ...item, code: 'chữ thường' },
    });
    expect(errorBody(badCode).fields?.[0].path).toBe('body.code');

    const id = (added.json() as ChecklistItem).id;
    const change = { group: 'supervision', title: 'Giám sát camera', retired: true };
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `/api/democracy/checklist/${id}`,
          cookie: cookies['thanhpho.lanhdao'],
          body: change,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.call({ method: 'PUT', url: `/api/democracy/checklist/${id}`, cookie: cookies['tinh.dv'], body: change }))
        .statusCode,
    ).toBe(403);
    const retired = await t.call({
      method: 'PUT',
      url: `/api/democracy/checklist/${id}`,
      cookie: cookies.admin,
      body: { group: 'supervision', title: 'Giám sát camera', retired: true },
    });
    expect(retired.json()).toMatchObject({ title: 'Giám sát camera', retired: true });
    expect(
      (
        await t.call({
          method: 'PUT',
          url: '/api/democracy/checklist/999999',
          cookie: cookies.admin,
          body: { group: 'supervision', title: 'X' },
        })
      ).statusCode,
    ).toBe(404);

    const copied = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist/copy',
      cookie: cookies.admin,
      body: { fromYear: 2027, toYear: 2028 },
    });
    expect(copied.json()).toEqual({ year: 2028, copied: 24 });
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/democracy/checklist/copy',
          cookie: cookies.admin,
          body: { fromYear: 2027, toYear: 2028 },
        })
      ).statusCode,
    ).toBe(409);
    const empty = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist/copy',
      cookie: cookies.admin,
      body: { fromYear: 2040, toYear: 2041 },
    });
    expect(errorBody(empty).fields?.[0].path).toBe('body.fromYear');
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/democracy/checklist/copy',
          cookie: cookies['phuong1.dv'],
          body: { fromYear: 2027, toYear: 2029 },
        })
      ).statusCode,
    ).toBe(403);
    const actions = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'democracy_checklist_item' ORDER BY id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'democracy.checklist_add',
      'democracy.checklist_retire',
      'democracy.checklist_copy',
    ]);
  });
});

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

  it('runs draft → submitted → returned → submitted → rated, rated only by the level above', async () => {
    const incomplete = await t.call({
      method: 'PUT',
      url: url('AS-SH-P2'),
      cookie: cookies['phuong2.dv'],
      body: { entries: [{ itemId: checklist[0].id, status: 'partial', quantity: 1 }] },
    });
    expect(incomplete.statusCode).toBe(200);
    const missing = await t.call({
      method: 'POST',
      url: url('AS-SH-P2', 2026, '/submit'),
      cookie: cookies['phuong2.dv'],
    });
    expect(missing.statusCode).toBe(400);
    expect(errorBody(missing).fields?.map((f) => f.path)).toContain('selfRating');
    expect(errorBody(missing).fields?.length).toBe(24);

    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-SH-P1', 2026, '/rate'),
          cookie: cookies['thanhpho.lanhdao'],
          body: { rating: 'good' },
        })
      ).statusCode,
    ).toBe(409);
    const submitted = await t.call({
      method: 'POST',
      url: url('AS-SH-P1', 2026, '/submit'),
      cookie: cookies['phuong1.dv'],
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', abilities: { edit: false, submit: false } });
    expect(
      (await t.call({ method: 'PUT', url: url('AS-SH-P1'), cookie: cookies['phuong1.dv'], body: fullAnswer() }))
        .statusCode,
    ).toBe(409);
    const submittedTwice = await t.call({
      method: 'POST',
      url: url('AS-SH-P1', 2026, '/submit'),
      cookie: cookies['phuong1.dv'],
    });
    expect(submittedTwice.statusCode).toBe(409);
    // The state is named in the reader's language, never as its code.
    expect(errorBody(submittedTwice).message).toEqual({
      vi: 'Không thể nộp khi bản đánh giá đang ở trạng thái "đã nộp"',
      en: 'Cannot submit an assessment that is submitted',
    });

    // A ward never rates itself, even its leader; a specialist of the province does not rate either.
    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-SH-P1', 2026, '/rate'),
          cookie: cookies['phuong1.lanhdao'],
          body: { rating: 'good' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-SH-P1', 2026, '/rate'),
          cookie: cookies['tinh.dv'],
          body: { rating: 'good' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-DD-TH', 2026, '/rate'),
          cookie: cookies['thanhpho.lanhdao'],
          body: { rating: 'good' },
        })
      ).statusCode,
    ).toBe(404);
    // Only the ward submits its own; the level above returns it, never the ward; other branches see nothing.
    expect(
      (await t.call({ method: 'POST', url: url('AS-SH-P2', 2026, '/submit'), cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.call({ method: 'POST', url: url('AS-SH-P2', 2026, '/submit'), cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(404);
    const comment = { comment: 'Bổ sung biên bản' };
    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-SH-P1', 2026, '/return'),
          cookie: cookies['phuong1.lanhdao'],
          body: comment,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-SH-P1', 2026, '/return'),
          cookie: cookies['phuong2.dv'],
          body: comment,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-DD-TH', 2026, '/return'),
          cookie: cookies['thanhpho.lanhdao'],
          body: comment,
        })
      ).statusCode,
    ).toBe(404);
    const cityView = (
      await t.call({ method: 'GET', url: url('AS-SH-P1'), cookie: cookies['thanhpho.lanhdao'] })
    ).json() as AssessmentDetail;
    expect(cityView.abilities).toEqual({ edit: false, submit: false, return: true, rate: true });

    const noComment = await t.call({
      method: 'POST',
      url: url('AS-SH-P1', 2026, '/return'),
      cookie: cookies['thanhpho.lanhdao'],
      body: { comment: '  ' },
    });
    expect(errorBody(noComment).fields?.[0].path).toBe('body.comment');
    const returned = await t.call({
      method: 'POST',
      url: url('AS-SH-P1', 2026, '/return'),
      cookie: cookies['thanhpho.lanhdao'],
      body: { comment: 'Bổ sung biên bản hội nghị đối thoại' },
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnComment: 'Bổ sung biên bản hội nghị đối thoại',
      abilities: { edit: false, rate: false },
    });
    const wardView = (
      await t.call({ method: 'GET', url: url('AS-SH-P1'), cookie: cookies['phuong1.dv'] })
    ).json() as AssessmentDetail;
    expect(wardView.abilities).toMatchObject({ edit: true, submit: true });
    await t.call({
      method: 'PUT',
      url: url('AS-SH-P1'),
      cookie: cookies['phuong1.dv'],
      body: fullAnswer({ selfComment: 'Đã bổ sung biên bản' }),
    });
    await t.call({ method: 'POST', url: url('AS-SH-P1', 2026, '/submit'), cookie: cookies['phuong1.dv'] });

    const badRating = await t.call({
      method: 'POST',
      url: url('AS-SH-P1', 2026, '/rate'),
      cookie: cookies['thanhpho.lanhdao'],
      body: { rating: 'excellent' },
    });
    expect(errorBody(badRating).fields?.[0].path).toBe('body.rating');
    const rated = await t.call({
      method: 'POST',
      url: url('AS-SH-P1', 2026, '/rate'),
      cookie: cookies['thanhpho.lanhdao'],
      body: { rating: 'fair', comment: 'Cần công khai đúng thời hạn' },
    });
    expect(rated.json()).toMatchObject({
      status: 'rated',
      rating: 'fair',
      selfRating: 'good',
      ratingComment: 'Cần công khai đúng thời hạn',
      ratedByName: 'Thành phố Sơn Hà',
    });
    expect(
      (
        await t.call({
          method: 'POST',
          url: url('AS-SH-P1', 2026, '/return'),
          cookie: cookies['thanhpho.lanhdao'],
          body: { comment: 'x' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await t.call({ method: 'PUT', url: url('AS-SH-P1'), cookie: cookies['phuong1.dv'], body: fullAnswer() }))
        .statusCode,
    ).toBe(409);

    const filtered = (
      await t.call({
        method: 'GET',
        url: '/api/democracy/assessments?year=2026&rating=fair',
        cookie: cookies['tinh.dv'],
      })
    ).json() as AssessmentRow[];
    expect(filtered.map((row) => [row.unitName, row.status, row.ratedByName])).toEqual([
      ['Phường 1', 'rated', 'Thành phố Sơn Hà'],
    ]);
    const assessmentId = (
      await t.ownerQuery<{ id: number }>(`SELECT id FROM democracy_assessments WHERE unit_id = $1 AND year = 2026`, [
        ids['AS-SH-P1'],
      ])
    )[0].id;
    const actions = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'democracy_assessment' AND entity_id = $1 ORDER BY id`,
      [String(assessmentId)],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'democracy.create',
      'democracy.attach',
      'democracy.submit',
      'democracy.return',
      'democracy.update',
      'democracy.submit',
      'democracy.rate',
    ]);
  });

  it('exports the filtered list to Excel with formulas neutralised', async () => {
    await t.ownerQuery(`UPDATE units SET name = '=HYPERLINK("http://x","Phường 8")' WHERE id = $1`, [ids['AS-SH-P8']]);
    const response = await t.call({
      method: 'GET',
      url: '/api/democracy/assessments/export.xlsx?year=2026',
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('dan-chu-co-so-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Dân chủ ở cơ sở');
    expect(sheet?.getCell('A1').value).toBe('Thực hiện dân chủ ở cơ sở năm 2026');
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows[1].slice(1, 6)).toEqual(['TT', 'Đơn vị', 'Trực thuộc', 'Năm', 'Trạng thái']);
    expect(rows[2].slice(1)).toEqual([
      1,
      'Phường 1',
      'Thành phố Sơn Hà',
      2026,
      'Đã xếp loại',
      23,
      24,
      30,
      18,
      'Tốt',
      'Khá',
      'Thành phố Sơn Hà',
    ]);
    expect(rows[3].slice(2, 6)).toEqual(['Phường 2', 'Thành phố Sơn Hà', 2026, 'Đang soạn']);
    expect(rows[9][2]).toBe(`'=HYPERLINK("http://x","Phường 8")`);
    expect(rows.length).toBe(2 + 8);
    const rated = await t.call({
      method: 'GET',
      url: '/api/democracy/assessments/export.xlsx?year=2026&status=rated',
      cookie: cookies['phuong2.dv'],
    });
    const wardBook = new ExcelJS.Workbook();
    await wardBook.xlsx.load(rated.rawPayload as unknown as ArrayBuffer);
    expect(wardBook.getWorksheet('Dân chủ ở cơ sở')?.rowCount).toBe(3);
  });

  it('feeds the report: items disclosed, meetings held, units by rating', async () => {
    const city = (await t.ownerQuery<{ path: string }>(`SELECT path::text FROM units WHERE code = 'AS-SH'`))[0].path;
    const compute = (key: string, periodEnd = '2026-12-14') =>
      inScope(t.db, city, async (sql) =>
        computedIndicators
          .get(key)
          ?.compute(sql, { unitPath: city, excludedPaths: [], periodStart: '2025-12-15', periodEnd }),
      );
    expect(await compute('democracy.disclosed')).toEqual({ value: 30 + 1 });
    expect(await compute('democracy.decided')).toEqual({ value: 6 });
    expect(await compute('democracy.consulted')).toEqual({ value: 3 });
    expect(await compute('democracy.meetings')).toEqual({ value: 18 });
    expect(await compute('democracy.rated.fair')).toEqual({ value: 1 });
    expect(await compute('democracy.rated.good')).toEqual({ value: 0 });
    // No assessment of 2025 in the city yet: missing, not zero.
    expect(await compute('democracy.rated.fair', '2025-12-14')).toEqual({ value: null });
    expect(await compute('democracy.disclosed', '2025-12-14')).toEqual({ value: null });
    const catalogue = await t.ownerQuery<{ code: string; computed_key: string }>(
      `SELECT code, computed_key FROM indicators WHERE year = 2026 AND section = 'democracy' AND computed_key IS NOT NULL ORDER BY sort_order`,
    );
    expect(catalogue.map((row) => row.code)).toEqual([
      'DC_CONG_KHAI',
      'DC_BAN_QD',
      'DC_LAY_YK',
      'DC_HOP',
      'DC_XL_TOT',
      'DC_XL_KHA',
      'DC_XL_TB',
      'DC_XL_YEU',
    ]);
    for (const row of catalogue) expect(computedIndicators.has(row.computed_key)).toBe(true);
  });
});

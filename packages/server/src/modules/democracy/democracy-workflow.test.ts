import type { AssessmentDetail, AssessmentRow, AssessmentSaveInput, ChecklistItem } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import { errorBody, type TestApp } from '../../test/harness.js';
import { fullAnswer as completeAnswer, draftWithEvidence, openDemocracyApp } from '../../test/democracy.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';

// An assessment's workflow from Phường 1's draft to its rating, the exported list, and the report's indicators.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;
let checklist: ChecklistItem[];

const url = (code: string, year = 2026, rest = '') => `/api/democracy/assessments/${ids[code]}/${year}${rest}`;
const fullAnswer = (overrides: Partial<AssessmentSaveInput> = {}) => completeAnswer(checklist, overrides);

beforeAll(async () => {
  ({ t, cookies, ids, checklist } = await openDemocracyApp());
  await draftWithEvidence(t, cookies, ids, checklist);
});
afterAll(() => t.close());

describe('grassroots democracy assessments', () => {
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

import type { CampaignDetail, NominationSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { paragraphs, tableRows } from '../../test/report-export.js';
import { PDF } from '../../test/tasks.js';
import { commendationIndicators } from './commendations.indicators.js';
import {
  addPerson,
  cityCampaign,
  dayFromToday,
  medalType,
  multipart,
  openCommendationsApp,
  period,
  post,
} from '../../test/commendations.js';

// A campaign from nomination to decision: the rule check shown criterion by criterion, quotas, the
// same award twice, approval upward, the council's vote, the decision and the recipients' list.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

beforeEach(async () => {
  ({ t, cookies, ids } = await openCommendationsApp());
});
afterEach(() => t.close());

const get = (cookie: string, url: string) => t.call({ method: 'GET', url, cookie });
const act = (cookie: string, id: number, verb: string, body: unknown = {}, status = 200) =>
  post<CampaignDetail>(t, cookie, `/api/commendations/nominations/${id}/${verb}`, body, status);
const nominationOf = (campaign: CampaignDetail, name: string) =>
  campaign.nominations.find((n) => n.nomineeName === name) as NominationSummary;

describe('a medal campaign', () => {
  it('checks nominees, refuses over quota and twice, goes up for approval, is voted and decided', async () => {
    const type = await medalType(t, cookies.admin);
    const campaign = await cityCampaign(t, cookies['thanhpho.lanhdao'], [type.id], ids);
    const nominate = (cookie: string, personId: number, status = 201) =>
      t
        .call({
          method: 'POST',
          url: `/api/commendations/campaigns/${campaign.id}/nominations`,
          cookie,
          body: { awardTypeId: type.id, personId, achievements: 'Nhiều năm gắn bó công tác dân vận' },
        })
        .then((r) => {
          expect(r.statusCode, r.body).toBe(status);
          return r;
        });
    const ward = ids['AS-SH-P1'];
    const long = await addPerson(t, cookies['phuong1.dv'], {
      unitId: ward,
      fullName: 'Trần Thị Mai',
      birthYear: 1968,
      periods: [period('1995-03-01', '2005-12-31'), period('2003-01-01', null, { ongoing: true, fullTime: false })],
    });
    const short = await addPerson(t, cookies['phuong1.dv'], {
      unitId: ward,
      fullName: 'Lê Văn Bình',
      birthYear: 1985,
      periods: [period(dayFromToday(-365 * 10), null, { ongoing: true })],
    });
    const undated = await addPerson(t, cookies['phuong1.dv'], {
      unitId: ward,
      fullName: 'Phạm Văn Cường',
      periods: [period(null, '2010-01-01'), period('2011-01-01', null, { ongoing: true })],
    });
    await nominate(cookies['phuong1.dv'], long.id);
    let detail = (await nominate(cookies['phuong1.dv'], short.id)).json() as CampaignDetail;
    const passing = nominationOf(detail, 'Trần Thị Mai');
    const failing = nominationOf(detail, 'Lê Văn Bình');
    expect(passing.checkOutcome).toBe('met');
    expect(passing.check.criteria.map((c) => [c.kind, c.outcome])).toEqual([
      ['service_years', 'met'],
      ['once_per_person', 'met'],
      ['posthumous', 'met'],
      ['no_discipline', 'met'],
    ]);
    expect(failing.checkOutcome).toBe('not_met');
    const years = failing.check.criteria[0];
    expect(years.figures).toMatch(/^(9|10) năm.* \/ yêu cầu 20 năm$/);
    expect(years.reason).toMatch(/Chưa đủ thời gian công tác/);
    expect(passing.ruleVersionName).toBe('Ví dụ minh họa — không phải quy định hiện hành');

    // Over the quota of two: refused with a clear message.
    const over = await nominate(cookies['phuong1.dv'], undated.id, 409);
    expect(errorBody(over).code).toBe('quota_exceeded');
    expect(errorBody(over).message.vi).toMatch(/Phường 1 được đề nghị tối đa 2 hồ sơ/);
    // Phường 2 has room: its "cannot tell" nominee (missing dates), after the person moves there.
    await t.ownerQuery(`UPDATE commendation_people SET unit_id = $2 WHERE id = $1`, [undated.id, ids['AS-SH-P2']]);
    detail = (await nominate(cookies['phuong2.dv'], undated.id)).json() as CampaignDetail;
    const unknown = nominationOf(detail, 'Phạm Văn Cường');
    expect(unknown.checkOutcome).toBe('unknown');
    expect(unknown.check.criteria[0].reason).toMatch(/Thiếu ngày bắt đầu hoặc kết thúc/);
    // Out of scope, wrong role, the same person twice.
    await nominate(cookies['phuong2.dv'], long.id, 404);
    await nominate(cookies.viewer, long.id, 403);
    const wrongType = await t.call({
      method: 'POST',
      url: `/api/commendations/campaigns/${campaign.id}/nominations`,
      cookie: cookies['phuong1.dv'],
      body: { awardTypeId: type.id },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(errorBody(wrongType).fields?.[0].path).toBe('body.personId');

    // Evidence, then up to the city: the ward's specialist submits, the city's leader approves.
    const upload = multipart('to-trinh.pdf', PDF, 'application/pdf');
    const attached = await t.call({
      method: 'POST',
      url: `/api/commendations/nominations/${passing.id}/evidence`,
      cookie: cookies['phuong1.dv'],
      body: upload.body.toString('latin1'),
      headers: { 'content-type': upload.contentType },
    });
    expect(attached.statusCode, attached.body).toBe(201);
    const evidence = nominationOf(attached.json(), 'Trần Thị Mai').evidence;
    expect(evidence.map((e) => e.fileName)).toEqual(['to-trinh.pdf']);
    expect(
      (await get(cookies['phuong2.dv'], `/api/commendations/nominations/${passing.id}/evidence/${evidence[0].id}`))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await get(
          cookies['thanhpho.lanhdao'],
          `/api/commendations/nominations/${passing.id}/evidence/${evidence[0].id}`,
        )
      ).statusCode,
    ).toBe(200);

    await act(cookies.viewer, passing.id, 'submit', {}, 403);
    await act(cookies['phuong2.dv'], passing.id, 'submit', {}, 404);
    for (const n of [passing, failing]) await act(cookies['phuong1.dv'], n.id, 'submit');
    await act(cookies['phuong1.dv'], passing.id, 'submit', {}, 409);
    // The ward's leader cannot approve its own; the city's leader approves one and returns the other.
    await act(cookies['phuong1.lanhdao'], passing.id, 'approve', {}, 403);
    const inbox = (await get(cookies['thanhpho.lanhdao'], '/api/inbox')).json() as {
      groups: { key: string; count: number }[];
    };
    expect(inbox.groups.find((g) => g.key === 'nominationsToApprove')?.count).toBe(2);
    await act(cookies['thanhpho.lanhdao'], passing.id, 'approve');
    const returned = await act(cookies['thanhpho.lanhdao'], failing.id, 'return', {
      comment: 'Chưa đủ 20 năm công tác trong lĩnh vực dân vận',
    });
    expect(nominationOf(returned, 'Lê Văn Bình')).toMatchObject({
      status: 'returned',
      comment: 'Chưa đủ 20 năm công tác trong lĩnh vực dân vận',
    });
    const noComment = await t.call({
      method: 'POST',
      url: `/api/commendations/nominations/${failing.id}/return`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { comment: '' },
    });
    expect(noComment.statusCode).toBe(400);

    // The council votes (seven members; four in favour passes by majority), the ward may not.
    const vote = { members: 7, inFavour: 6, against: 1, abstaining: 0 };
    await act(cookies['phuong1.dv'], passing.id, 'vote', vote, 403);
    const tooMany = await t.call({
      method: 'POST',
      url: `/api/commendations/nominations/${passing.id}/vote`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { members: 5, inFavour: 4, against: 2, abstaining: 0 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(errorBody(tooMany).fields?.[0].path).toBe('body.members');
    const voted = await act(cookies['thanhpho.lanhdao'], passing.id, 'vote', vote);
    expect(nominationOf(voted, 'Trần Thị Mai')).toMatchObject({ status: 'passed', votes: vote });

    // The decision: the ward may not record it; the city does, once.
    const decision = {
      awardTypeId: type.id,
      number: '125-QĐ/TU',
      signedOn: dayFromToday(0),
      issuer: 'Ban Thường vụ Thành ủy Sơn Hà',
      signer: 'Trần Văn Đức',
    };
    const wardDecides = await t.call({
      method: 'POST',
      url: `/api/commendations/campaigns/${campaign.id}/decisions`,
      cookie: cookies['phuong1.dv'],
      body: decision,
    });
    expect(wardDecides.statusCode).toBe(403);
    const decided = await post<CampaignDetail>(
      t,
      cookies['thanhpho.lanhdao'],
      `/api/commendations/campaigns/${campaign.id}/decisions`,
      decision,
    );
    expect(decided.status).toBe('decided');
    expect(decided.decisions[0].recipients.map((r) => r.name)).toEqual(['Trần Thị Mai']);
    const twice = await t.call({
      method: 'POST',
      url: `/api/commendations/campaigns/${campaign.id}/decisions`,
      cookie: cookies['thanhpho.lanhdao'],
      body: decision,
    });
    expect(twice.statusCode).toBe(409);

    // The list in Word: the Party header, the title, the table; in Excel, read back.
    const decisionId = decided.decisions[0].id;
    const word = await get(
      cookies['thanhpho.lanhdao'],
      `/api/commendations/campaigns/${campaign.id}/decisions/${decisionId}/recipients.docx`,
    );
    expect(word.statusCode).toBe(200);
    const xml = (await (await JSZip.loadAsync(word.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    const text = paragraphs(xml);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain(`cá nhân được tặng ${type.name}`);
    expect(text.join('\n')).toMatch(
      /\(Kèm theo Quyết định số 125-QĐ\/TU, ngày \d\d\/\d\d\/\d{4} của Ban Thường vụ Thành ủy Sơn Hà\)/,
    );
    const rows = tableRows(xml).filter((r) => r[0] === 'STT' || /^\d+$/.test(r[0]));
    expect(rows).toEqual([
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị'],
      ['1', 'Trần Thị Mai', '1968', 'Trưởng khối dân vận', 'Phường 1'],
    ]);
    const excel = await get(
      cookies['thanhpho.lanhdao'],
      `/api/commendations/campaigns/${campaign.id}/decisions/${decisionId}/recipients.xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excel.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      1,
      'Trần Thị Mai',
      1968,
      'Trưởng khối dân vận',
      'Phường 1',
      'Cá nhân',
    ]);
    expect(sheet.pageSetup.orientation).toBe('portrait');
    expect(
      (await get(cookies['phuong2.dv'], `/api/commendations/campaigns/${campaign.id}/decisions/999999/recipients.docx`))
        .statusCode,
    ).toBe(404);

    // The nominations with their checks in Excel, read back; a ward sees only its own.
    const readSheet = async (cookie: string) => {
      const response = await get(cookie, `/api/commendations/campaigns/${campaign.id}/nominations.xlsx`);
      expect(response.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      return book.worksheets[0];
    };
    const all = await readSheet(cookies['thanhpho.lanhdao']);
    // By unit, then by given name as Vietnamese lists order them: Bình before Mai.
    expect([4, 5, 6].map((r) => all.getCell(r, 2).value)).toEqual(['Lê Văn Bình', 'Trần Thị Mai', 'Phạm Văn Cường']);
    expect(all.getCell(4, 7).value).toBe('Không đạt');
    expect(String(all.getCell(4, 8).value)).toMatch(/Chưa đủ thời gian công tác/);
    expect(all.getCell(5, 10).value).toBe('6/7');
    expect((await readSheet(cookies['phuong2.dv'])).getCell(4, 2).value).toBe('Phạm Văn Cường');

    // The same award twice to one person: refused when nominated again, and by the database.
    const second = await cityCampaign(t, cookies['thanhpho.lanhdao'], [type.id], ids);
    const again = await t.call({
      method: 'POST',
      url: `/api/commendations/campaigns/${second.id}/nominations`,
      cookie: cookies['phuong1.dv'],
      body: { awardTypeId: type.id, personId: long.id },
    });
    expect(again.statusCode).toBe(409);
    expect(errorBody(again).code).toBe('already_awarded');
    const [recipient] = await t.ownerQuery<{ decision_id: number; nomination_id: number }>(
      `SELECT decision_id, nomination_id FROM commendation_recipients`,
    );
    await expect(
      t.ownerQuery(
        `INSERT INTO commendation_recipients (decision_id, nomination_id, award_type_id, unit_id, person_id, once_only, awarded_on)
         SELECT $1, $2, $3, $4, $5, true, current_date`,
        [recipient.decision_id, failing.id, type.id, ward, long.id],
      ),
    ).rejects.toThrow(/commendation_recipients_once_key/);

    // The indicators count the recipients of the decisions signed in the period, in the area.
    const figures = async (code: string, periodStart: string, periodEnd: string) => {
      const [area] = await t.ownerQuery<{ path: string }>(`SELECT path::text AS path FROM units WHERE code = $1`, [
        code,
      ]);
      return Object.fromEntries(
        await t.db.transaction(async (sql) => {
          const context = { unitPath: area.path, excludedPaths: [], periodStart, periodEnd };
          return Promise.all(commendationIndicators.map(async (i) => [i.key, (await i.compute(sql, context)).value]));
        }),
      ) as Record<string, number | null>;
    };
    const byType = {
      'commendations.medals.dan_van': null,
      'commendations.medals.dai_doan_ket': null,
      'commendations.merit_certificates': null,
      'commendations.commendation_certificates': null,
      'commendations.emulation_titles': null,
    };
    expect(await figures('AS-SH', dayFromToday(-30), dayFromToday(30))).toEqual({
      'commendations.collectives': 0,
      'commendations.individuals': 1,
      'commendations.medals': 1,
      ...byType,
    });
    const empty = Object.values(await figures('AS-SH', dayFromToday(-60), dayFromToday(-30)));
    expect(empty).toEqual(empty.map(() => null));

    // Counted by type once the administrator classes the award type; none of a class is no figure, not 0.
    const { versions: _versions, id: _id, ...typeBody } = type;
    const classify = (reportAs: unknown, cookie = cookies.admin) =>
      t.call({
        method: 'PUT',
        url: `/api/commendations/award-types/${type.id}`,
        cookie,
        body: { ...typeBody, reportAs },
      });
    expect((await classify('medal_dan_van', cookies['thanhpho.lanhdao'])).statusCode).toBe(403);
    const badClass = await classify('huy_chuong');
    expect(badClass.statusCode).toBe(400);
    expect(errorBody(badClass).fields?.[0].path).toBe('body.reportAs');
    const classified = await classify('medal_dan_van');
    expect(classified.statusCode, classified.body).toBe(200);
    expect(classified.json().reportAs).toBe('medal_dan_van');
    const [audited] = await t.ownerQuery<{ after: { reportAs: string } }>(
      `SELECT after FROM audit_log WHERE action = 'award_type.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(audited.after.reportAs).toBe('medal_dan_van');
    expect(await figures('AS-SH', dayFromToday(-30), dayFromToday(30))).toMatchObject({
      'commendations.medals': 1,
      'commendations.medals.dan_van': 1,
      'commendations.medals.dai_doan_ket': null,
      'commendations.merit_certificates': null,
    });
    expect((await figures('AS-SH-P1', dayFromToday(-30), dayFromToday(30)))['commendations.medals.dan_van']).toBe(1);
    // Another ward's area and another period: nothing recorded, no figure.
    expect((await figures('AS-SH-P2', dayFromToday(-30), dayFromToday(30)))['commendations.medals.dan_van']).toBeNull();
    expect((await figures('AS-SH', dayFromToday(-60), dayFromToday(-30)))['commendations.medals.dan_van']).toBeNull();
  });

  it('goes up one level at a time in a campaign of the province', async () => {
    const type = await medalType(t, cookies.admin);
    const campaign = await post<CampaignDetail>(t, cookies['tinh.dv'], '/api/commendations/campaigns', {
      title: 'Xét tặng Kỷ niệm chương cấp tỉnh',
      awardTypeIds: [type.id],
      referenceDate: dayFromToday(30),
      deadline: dayFromToday(10),
    });
    const person = await addPerson(t, cookies['phuong1.dv'], {
      unitId: ids['AS-SH-P1'],
      fullName: 'Đỗ Thị Lan',
      periods: [period('1990-01-01', null, { ongoing: true })],
    });
    const detail = await post<CampaignDetail>(
      t,
      cookies['phuong1.dv'],
      `/api/commendations/campaigns/${campaign.id}/nominations`,
      { awardTypeId: type.id, personId: person.id },
    );
    const id = detail.nominations[0].id;
    const submitted = await act(cookies['phuong1.dv'], id, 'submit');
    expect(submitted.nominations[0]).toMatchObject({ status: 'submitted', atUnitName: 'Thành phố Sơn Hà' });
    await act(cookies['tinh.lanhdao'], id, 'approve', {}, 403);
    const atCity = await act(cookies['thanhpho.lanhdao'], id, 'approve', { comment: 'Đồng ý' });
    expect(atCity.nominations[0]).toMatchObject({ status: 'submitted', atUnitName: 'Tỉnh An Sơn' });
    await act(cookies['tinh.dv'], id, 'approve', {}, 403);
    const atProvince = await act(cookies['tinh.lanhdao'], id, 'approve');
    expect(atProvince.nominations[0].status).toBe('approved');
    // The city may not vote in the province's council.
    await act(cookies['thanhpho.lanhdao'], id, 'vote', { members: 9, inFavour: 4, against: 5, abstaining: 0 }, 403);
    const failed = await act(cookies['tinh.dv'], id, 'vote', { members: 9, inFavour: 4, against: 5, abstaining: 0 });
    expect(failed.nominations[0].status).toBe('failed');
    const none = await t.call({
      method: 'POST',
      url: `/api/commendations/campaigns/${campaign.id}/decisions`,
      cookie: cookies['tinh.dv'],
      body: { awardTypeId: type.id, number: '1-QĐ/TU', signedOn: dayFromToday(0), issuer: 'Tỉnh ủy' },
    });
    expect(none.statusCode).toBe(409);
  });
});

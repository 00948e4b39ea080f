import type { ConferenceDetail, ConferenceSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { cityConference, dayFromToday, expectCall, openConferencesApp } from '../../test/conferences.js';

// Recording a conference and its bridge points: who sees it, who may change what, and what bad input gets.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

beforeEach(async () => {
  ({ t, cookies, ids } = await openConferencesApp());
});
afterEach(() => t.close());

const get = (cookie: string, url: string) => t.call({ method: 'GET', url, cookie });
const put = (cookie: string, url: string, body: unknown) => t.call({ method: 'PUT', url, cookie, body });

describe('conferences', () => {
  it('records a conference of the city, lists, filters and searches it accent-insensitively, exports the list', async () => {
    const c = await cityConference(t, cookies['thanhpho.lanhdao'], []);
    expect(c).toMatchObject({
      status: 'planned',
      organiserName: 'Thành phố Sơn Hà',
      kindName: 'Sơ kết 9 tháng',
      startsAt: '08:00',
      endsAt: '11:30',
    });
    expect(c.abilities).toMatchObject({ update: true, hold: true, issueInvitation: true, approveMinutes: false });
    const list = async (cookie: string, params = '') =>
      (await get(cookie, `/api/conferences${params}`)).json() as { total: number; items: ConferenceSummary[] };
    expect((await list(cookies['thanhpho.lanhdao'], '?q=cong%20tac%20dan%20van')).total).toBe(1);
    expect((await list(cookies['thanhpho.lanhdao'], '?kind=tong_ket')).total).toBe(0);
    expect(
      (await list(cookies['thanhpho.lanhdao'], `?year=${dayFromToday(10).slice(0, 4)}&status=planned`)).total,
    ).toBe(1);
    expect((await list(cookies['thanhpho.lanhdao'], `?unitId=${ids['AS-SH-P1']}`)).total).toBe(0);
    expect((await list(cookies['tinh.dv'])).total).toBe(1);
    // A ward the conference does not reach does not see it, nor may it filter by another ward.
    expect((await list(cookies['phuong1.dv'])).total).toBe(0);
    expect((await get(cookies['phuong1.dv'], `/api/conferences/${c.id}`)).statusCode).toBe(404);
    expect((await get(cookies['phuong1.dv'], `/api/conferences?unitId=${ids['AS-SH-P2']}`)).statusCode).toBe(404);
    const xlsx = await get(cookies['thanhpho.lanhdao'], '/api/conferences/export.xlsx?q=hoi%20nghi');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
    expect(book.getWorksheet('Hội nghị')?.getRow(4).getCell(2).value).toBe(c.title);
    const history = (await get(cookies['thanhpho.lanhdao'], `/api/conferences/${c.id}/history`)).json();
    expect(history.map((e: { action: string }) => e.action)).toEqual(['conference.create']);
    const kinds = (await get(cookies.viewer, '/api/conferences/kinds')).json();
    expect(kinds.map((k: { code: string }) => k.code)).toEqual([
      'so_ket_6',
      'so_ket_9',
      'tong_ket',
      'chuyen_de',
      'khac',
    ]);
  });

  it('refuses bad input with the field, viewers (403) and units out of scope (404)', async () => {
    const post = (cookie: string, body: Record<string, unknown>) =>
      t.call({
        method: 'POST',
        url: '/api/conferences',
        cookie,
        body: { kind: 'khac', title: 'Hội nghị', heldOn: dayFromToday(3), startsAt: '08:00', ...body },
      });
    const field = async (response: Awaited<ReturnType<typeof post>>, status: number) => {
      expect(response.statusCode, response.body).toBe(status);
      return errorBody(response).fields?.map((f) => f.path);
    };
    expect(await field(await post(cookies['thanhpho.lanhdao'], { kind: 'hop_mat' }), 400)).toEqual(['body.kind']);
    expect(await field(await post(cookies['thanhpho.lanhdao'], { endsAt: '07:00' }), 400)).toContain('body.endsAt');
    expect(await field(await post(cookies['thanhpho.lanhdao'], { startsAt: '25:00' }), 400)).toContain('body.startsAt');
    expect(await field(await post(cookies['thanhpho.lanhdao'], { title: '' }), 400)).toContain('body.title');
    expect(await field(await post(cookies['thanhpho.lanhdao'], { roundId: 999999 }), 404)).toEqual(['body.roundId']);
    expect((await post(cookies.viewer, {})).statusCode).toBe(403);
    expect((await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM conferences'))[0].n).toBe(0);

    const ward = (await post(cookies['phuong1.lanhdao'], {})).json() as ConferenceDetail;
    const url = `/api/conferences/${ward.id}`;
    expect(
      await field(await put(cookies['phuong1.lanhdao'], `${url}/bridge-points`, { unitIds: [ids['AS-SH-P2']] }), 404),
    ).toEqual(['body.unitIds']);
    expect((await put(cookies.viewer, `${url}/bridge-points`, { unitIds: [] })).statusCode).toBe(403);
    expect((await put(cookies['phuong2.dv'], `${url}/bridge-points`, { unitIds: [] })).statusCode).toBe(404);
    expect((await get(cookies['phuong2.dv'], url)).statusCode).toBe(404);
    expect((await get(cookies['thanhpho.lanhdao'], url)).statusCode).toBe(200);
    // The city sees the ward's conference but organises only its own.
    expect((await put(cookies['thanhpho.lanhdao'], `${url}/agenda`, { items: [] })).statusCode).toBe(403);
    expect((await get(cookies['thanhpho.lanhdao'], '/api/conferences/999999')).statusCode).toBe(404);
  });

  it('lets each bridge point unit fill in its own point only, while the organiser sees and edits the roster', async () => {
    const c = await cityConference(t, cookies['thanhpho.lanhdao'], [ids['AS-SH'], ids['AS-SH-P1']]);
    expect(c.bridgePoints.map((p) => p.unitName)).toEqual(['Thành phố Sơn Hà', 'Phường 1']);
    const url = `/api/conferences/${c.id}`;
    const [cityPoint, wardPoint] = c.bridgePoints;
    // Phường 1 reads the city's conference and sees its own point only.
    const seen = await expectCall(t, { method: 'GET', url, cookie: cookies['phuong1.dv'] });
    expect(seen.organiserName).toBe('Thành phố Sơn Hà');
    expect(seen.bridgePoints.map((p) => [p.unitName, p.canEdit])).toEqual([['Phường 1', true]]);
    expect(seen.abilities.update).toBe(false);
    const point = {
      room: 'Phòng họp tầng 2, UBND Phường 1',
      address: '12 Lê Lợi',
      host: 'Đồng chí Hoàng Minh Tuấn',
      techName: 'Nguyễn Văn Kỹ',
      techPhone: '0912 345 678',
      testAt: `${dayFromToday(9)}T15:00:00+07:00`,
      leaders: 3,
      officials: 12,
      front: 6,
      citizens: 4,
      connected: true,
    };
    const filled = await expectCall(t, {
      method: 'PUT',
      url: `${url}/bridge-points/${wardPoint.id}`,
      cookie: cookies['phuong1.dv'],
      body: point,
    });
    expect(filled.bridgePoints[0]).toMatchObject({ ...point, testAt: `${dayFromToday(9)}T08:00:00.000Z` });
    expect(filled.attending).toBe(25);
    expect((await put(cookies['phuong1.dv'], `${url}/bridge-points/${cityPoint.id}`, point)).statusCode).toBe(404);
    expect((await put(cookies['phuong2.dv'], `${url}/bridge-points/${wardPoint.id}`, point)).statusCode).toBe(404);
    expect((await put(cookies.viewer, `${url}/bridge-points/${wardPoint.id}`, point)).statusCode).toBe(403);
    expect((await put(cookies['phuong1.dv'], `${url}/bridge-points`, { unitIds: [] })).statusCode).toBe(403);
    const bad = await put(cookies['phuong1.dv'], `${url}/bridge-points/${wardPoint.id}`, {
      techPhone: 'gọi tôi',
      leaders: -1,
    });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.map((f) => f.path)).toEqual(
      expect.arrayContaining(['body.techPhone', 'body.leaders']),
    );
    // The organiser edits any point; a roster without the city keeps Phường 1's answers.
    await expectCall(t, {
      method: 'PUT',
      url: `${url}/bridge-points/${cityPoint.id}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { room: 'Hội trường A' },
    });
    const roster = await expectCall(t, {
      method: 'PUT',
      url: `${url}/bridge-points`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { unitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']] },
    });
    expect(roster.bridgePoints.map((p) => [p.unitName, p.host])).toEqual([
      ['Phường 1', 'Đồng chí Hoàng Minh Tuấn'],
      ['Phường 2', ''],
    ]);
    const actions = (await get(cookies['thanhpho.lanhdao'], `${url}/history`))
      .json()
      .map((e: { action: string }) => e.action);
    expect(actions).toContain('conference.bridge_point');
    // The roster in Excel: the points and their figures read back.
    const xlsx = await get(cookies['phuong1.dv'], `${url}/roster.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
    const sheet = book.getWorksheet('Điểm cầu');
    // Two heading lines, a blank, a header of two rows ("Số đại biểu dự" over its categories), the points, the totals.
    expect(sheet?.getRow(5).getCell(11).value).toBe('Tổng số');
    expect(sheet?.getRow(6).getCell(2).value).toBe('Phường 1');
    expect(sheet?.getRow(6).getCell(11).value).toBe(25);
    expect(sheet?.getRow(6).getCell(12).value).toBe('Có');
    expect(sheet?.getRow(7).getCell(2).value).toBe('Tổng cộng');
    expect([7, 8, 9, 10, 11].map((column) => sheet?.getRow(7).getCell(column).value)).toEqual([3, 12, 6, 4, 25]);
  });

  it('records invitees, attendance, the agenda and a speech, refused to other units', async () => {
    const c = await cityConference(t, cookies['thanhpho.lanhdao'], [ids['AS-SH-P1']]);
    const url = `/api/conferences/${c.id}`;
    const city = cookies['thanhpho.lanhdao'];
    const invited = await expectCall(t, {
      method: 'PUT',
      url: `${url}/invitees`,
      cookie: city,
      body: {
        invitees: [{ unitId: ids['AS-SH-P2'] }, { personName: 'Nguyễn Văn An', position: 'Phó Bí thư Thành ủy' }],
      },
    });
    expect(invited.invitees.map((i) => i.unitName || i.personName)).toEqual(['Phường 2', 'Nguyễn Văn An']);
    // An invited ward sees the conference.
    expect((await get(cookies['phuong2.dv'], url)).statusCode).toBe(200);
    const noName = await put(city, `${url}/invitees`, { invitees: [{ position: 'Khách mời' }] });
    expect(noName.statusCode).toBe(400);
    expect(errorBody(noName).fields?.[0].path).toBe('body.invitees.0.personName');
    const attended = await expectCall(t, {
      method: 'PUT',
      url: `${url}/attendance`,
      cookie: city,
      body: {
        leaders: 5,
        officials: 40,
        front: 10,
        citizens: 0,
        attendees: [
          { fullName: 'Trần Văn Đức', unitName: 'Ban Dân vận Thành ủy', position: 'Trưởng ban', category: 'leaders' },
          { fullName: 'Phạm Thị Lan', position: 'Phó Chủ tịch', category: 'front', present: false },
        ],
      },
    });
    expect(attended.attending).toBe(55);
    // Listed with their category, present unless marked absent.
    expect(attended.attendees.map((a) => [a.fullName, a.category, a.present])).toEqual([
      ['Trần Văn Đức', 'leaders', true],
      ['Phạm Thị Lan', 'front', false],
    ]);
    const agenda = await expectCall(t, {
      method: 'PUT',
      url: `${url}/agenda`,
      cookie: city,
      body: { items: [{ startsAt: '08:00', item: 'Khai mạc', presenter: 'Chủ trì' }, { item: 'Báo cáo sơ kết' }] },
    });
    expect(agenda.agenda.map((a) => a.item)).toEqual(['Khai mạc', 'Báo cáo sơ kết']);
    expect((await put(cookies['phuong1.dv'], `${url}/attendance`, {})).statusCode).toBe(403);
    expect((await put(cookies['phuong1.dv'], `${url}/agenda`, { items: [] })).statusCode).toBe(403);
  });
});

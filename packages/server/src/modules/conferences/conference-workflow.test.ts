import type { ConferenceDetail, Inbox } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSystem } from '../../db/scope.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';
import { errorBody, type TestApp } from '../../test/harness.js';
import {
  cityConference,
  dayFromToday,
  docxParagraphs,
  expectCall,
  openConferencesApp,
} from '../../test/conferences.js';
import { multipart, PDF } from '../../test/tasks.js';

// A conference from planned to concluded: the state rules, the minutes the chair approves, the
// conclusions turned into tasks, the Word documents issued with their numbers, indicators and inbox.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;
let c: ConferenceDetail;
let url: string;

beforeEach(async () => {
  ({ t, cookies, ids } = await openConferencesApp());
  c = await cityConference(t, cookies['thanhpho.lanhdao'], [ids['AS-SH'], ids['AS-SH-P1']]);
  url = `/api/conferences/${c.id}`;
});
afterEach(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
  t.call({ method, url: `${url}${path}`, cookie, body });
const city = () => cookies['thanhpho.lanhdao'];
const ok = (method: 'POST' | 'PUT', path: string, body?: unknown, status = 200) =>
  expectCall(t, { method, url: `${url}${path}`, cookie: city(), body }, status);

async function heldWithMinutes() {
  await ok('POST', '/hold');
  await ok('PUT', '/minutes', {
    text: 'Đồng chí Trưởng ban khai mạc.\nCác đại biểu thảo luận.',
    secretary: 'Nguyễn Thị Thư',
  });
  await ok('PUT', '/conclusions', {
    lines: ['Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở', 'Nhân rộng mô hình "Dân vận khéo" ở các phường'],
  });
}

describe('conference workflow', () => {
  it('moves planned → held → minutes approved → concluded, each step only in its state', async () => {
    expect((await call(city(), 'PUT', '/minutes', { text: 'Sớm' })).statusCode).toBe(409);
    expect((await call(city(), 'POST', '/minutes/approve')).statusCode).toBe(409);
    expect((await call(city(), 'PUT', '/conclusions', { lines: ['Một'] })).statusCode).toBe(409);
    expect((await call(cookies['phuong1.dv'], 'POST', '/hold')).statusCode).toBe(403);
    expect((await call(cookies['phuong2.dv'], 'POST', '/hold')).statusCode).toBe(404);
    await ok('POST', '/hold');
    expect((await call(city(), 'POST', '/hold')).statusCode).toBe(409);
    expect((await call(city(), 'POST', '/minutes/approve')).statusCode).toBe(422);
    await ok('PUT', '/minutes', { text: 'Đồng chí Trưởng ban khai mạc.', secretary: 'Nguyễn Thị Thư' });
    await ok('PUT', '/conclusions', { lines: ['Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở'] });
    const bad = await call(city(), 'PUT', '/minutes', { text: 5 });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('body.text');
    expect((await call(cookies['phuong1.lanhdao'], 'POST', '/minutes/approve')).statusCode).toBe(403);
    const approved = await ok('POST', '/minutes/approve');
    expect(approved).toMatchObject({ status: 'minutes_approved', minutes: { approvedBy: 'Trần Văn Đức' } });
    // The minutes are locked; the points and the general facts too.
    expect((await call(city(), 'PUT', '/minutes', { text: 'Sửa' })).statusCode).toBe(409);
    expect((await call(city(), 'PUT', '/agenda', { items: [] })).statusCode).toBe(409);
    const point = approved.bridgePoints[1].id;
    expect((await call(cookies['phuong1.dv'], 'PUT', `/bridge-points/${point}`, { room: 'A' })).statusCode).toBe(409);
    const issued = await ok('POST', '/notice', { number: 25, issuedOn: dayFromToday(0), signer: 'Trần Văn Đức' }, 201);
    expect(issued).toMatchObject({ status: 'concluded', notice: { symbol: '25-TB/BDVTU' } });
    expect((await call(city(), 'PUT', '/conclusions', { lines: [] })).statusCode).toBe(409);
    const history = (await call(city(), 'GET', '/history')).json().map((e: { action: string }) => e.action);
    expect(history).toEqual(
      expect.arrayContaining([
        'conference.hold',
        'conference.minutes',
        'conference.approve_minutes',
        'conference.issue_notice',
      ]),
    );
  });

  it('turns a conclusion into tasks for two wards in one step, shown with their status on the page', async () => {
    await heldWithMinutes();
    const before = await ok('POST', '/minutes/approve');
    const [first] = before.conclusions;
    // Phường 2 is neither a bridge point nor invited: the conference is not its own until it is given a task.
    expect((await call(cookies['phuong2.dv'], 'GET', '')).statusCode).toBe(404);
    expect(
      (await call(city(), 'POST', `/conclusions/${first.id}/tasks`, { ownerUnitIds: [], deadline: dayFromToday(30) }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call(cookies['phuong1.dv'], 'POST', `/conclusions/${first.id}/tasks`, {
          ownerUnitIds: [ids['AS-SH-P1']],
          deadline: dayFromToday(30),
        })
      ).statusCode,
    ).toBe(403);
    const given = await ok(
      'POST',
      `/conclusions/${first.id}/tasks`,
      { ownerUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']], deadline: dayFromToday(30), priority: 'high' },
      201,
    );
    const [task] = given.conclusions[0].tasks;
    expect(task).toMatchObject({ title: first.text, status: 'cascaded', bucket: 'in_progress' });
    expect(task.children.map((k) => k.ownerUnitName)).toEqual(['Phường 1', 'Phường 2']);
    const detail = (await t.call({ method: 'GET', url: `/api/tasks/${task.id}`, cookie: city() })).json();
    expect(detail).toMatchObject({ sourceKind: 'conference', sourceRefId: c.id });
    // Phường 1 sees its own share on the conference page.
    const ward = await expectCall(t, { method: 'GET', url, cookie: cookies['phuong1.dv'] });
    expect(ward.conclusions[0].tasks.map((k) => k.ownerUnitName)).toEqual(['Phường 1']);
    // Phường 2, given a share, reads the conference its task came from (the notice of conclusions is sent to it),
    // sees its own share and no bridge point, and changes nothing.
    const given2 = await expectCall(t, { method: 'GET', url, cookie: cookies['phuong2.dv'] });
    expect(given2.conclusions[0].tasks.map((k) => k.ownerUnitName)).toEqual(['Phường 2']);
    expect(given2.bridgePoints).toEqual([]);
    expect([403, 404]).toContain((await call(cookies['phuong2.dv'], 'PUT', '/agenda', { items: [] })).statusCode);
    // A line that became tasks stays.
    expect((await call(city(), 'PUT', '/conclusions', { lines: [] })).statusCode).toBe(409);
  });

  it('gives the tasks and links them to the line in one transaction: when the link fails, no task is left', async () => {
    await heldWithMinutes();
    const [first] = (await ok('POST', '/minutes/approve')).conclusions;
    // A fault at the very last write (the link), after the tasks and their audit rows are written.
    await t.ownerQuery(`CREATE FUNCTION refuse_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'link refused'; END $$`);
    await t.ownerQuery(`CREATE TRIGGER refuse_link BEFORE UPDATE OF task_ids ON conference_conclusions
      FOR EACH ROW EXECUTE FUNCTION refuse_link()`);
    const failed = await call(city(), 'POST', `/conclusions/${first.id}/tasks`, {
      ownerUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']],
      deadline: dayFromToday(30),
    });
    expect(failed.statusCode).toBe(500);
    const left = await t.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM tasks WHERE source_kind = 'conference' AND source_ref_id = $1`,
      [c.id],
    );
    expect(left[0].n).toBe(0);
    await t.ownerQuery('DROP TRIGGER refuse_link ON conference_conclusions');
    const given = await ok(
      'POST',
      `/conclusions/${first.id}/tasks`,
      { ownerUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']], deadline: dayFromToday(30) },
      201,
    );
    expect(given.conclusions[0].tasks[0].children).toHaveLength(2);
  });

  it('issues the invitation and the notice with their numbers in the register; refuses a number twice', async () => {
    await ok('PUT', '/invitees', {
      invitees: [{ unitId: ids['AS-SH-P2'] }, { personName: 'Nguyễn Văn An', position: 'Phó Bí thư Thành ủy' }],
    });
    await ok('PUT', '/agenda', { items: [{ startsAt: '08:00', item: 'Khai mạc', presenter: 'Chủ trì' }] });
    const invited = await ok(
      'POST',
      '/invitation',
      { number: 12, issuedOn: dayFromToday(0), signer: 'Trần Văn Đức' },
      201,
    );
    expect(invited.invitation?.symbol).toBe('12-GM/BDVTU');
    expect(
      (await call(city(), 'POST', '/invitation', { number: 13, issuedOn: dayFromToday(0), signer: 'A' })).statusCode,
    ).toBe(409);
    const other = await cityConference(t, city(), []);
    const twice = await t.call({
      method: 'POST',
      url: `/api/conferences/${other.id}/invitation`,
      cookie: city(),
      body: { number: 12, issuedOn: dayFromToday(0), signer: 'Trần Văn Đức' },
    });
    expect(twice.statusCode).toBe(409);
    expect(errorBody(twice).fields?.[0].path).toBe('body.number');
    // The issue forms are prefilled with the next free number of the year (12 is taken now).
    const next = async (cookie: string, id: number) =>
      (await t.call({ method: 'GET', url: `/api/conferences/${id}`, cookie })).json<ConferenceDetail>().nextNumbers;
    expect((await next(city(), other.id))?.invitation).toBe(13);
    // A bridge point's ward may not issue them: nothing to prefill.
    expect(await next(cookies['phuong1.dv'], c.id)).toEqual({ invitation: null, notice: null });
    const register = (await t.call({ method: 'GET', url: '/api/documents?q=giay%20moi', cookie: city() })).json();
    expect(register.items.map((d: { symbol: string }) => d.symbol)).toEqual(['12-GM/BDVTU']);
    expect(
      (await call(cookies['phuong1.dv'], 'POST', '/invitation', { number: 14, issuedOn: dayFromToday(0), signer: 'A' }))
        .statusCode,
    ).toBe(403);

    // The invitation, opened as Phường 1 (a bridge point below the organiser) downloads it.
    const invitation = await call(cookies['phuong1.dv'], 'GET', '/invitation.docx');
    expect(invitation.statusCode).toBe(200);
    const text = await docxParagraphs(invitation.rawPayload);
    expect(text).toEqual(
      expect.arrayContaining([
        'THÀNH ỦY SƠN HÀ',
        'BAN DÂN VẬN',
        'Số 12-GM/BDVTU',
        'GIẤY MỜI',
        c.title,
        'TRƯỞNG BAN',
        'Trần Văn Đức',
      ]),
    );
    expect(text.some((p) => p.startsWith('Thời gian: 08 giờ 00'))).toBe(true);
    expect(text).toContain('- Phường 2');

    await ok('PUT', '/attendance', {
      attendees: [
        { fullName: 'Trần Văn Đức', position: 'Trưởng ban', category: 'leaders' },
        { fullName: 'Phạm Thị Lan', position: 'Phó Chủ tịch', category: 'front', present: false },
      ],
    });
    await heldWithMinutes();
    await ok('POST', '/minutes/approve');
    await ok('POST', '/notice', { number: 25, issuedOn: dayFromToday(0), signer: 'Trần Văn Đức' }, 201);
    const notice = await docxParagraphs((await call(city(), 'GET', '/notice.docx')).rawPayload);
    expect(notice).toEqual(
      expect.arrayContaining(['Số 25-TB/BDVTU', 'THÔNG BÁO', 'kết luận của đồng chí chủ trì tại', 'Trần Văn Đức']),
    );
    // Each line of the notice ends with its stop, even when typed without.
    expect(notice).toContain('1. Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở.');
    const minutes = await docxParagraphs((await call(city(), 'GET', '/minutes.docx')).rawPayload);
    expect(minutes).toEqual(
      expect.arrayContaining([
        'BIÊN BẢN HỘI NGHỊ',
        'THƯ KÝ',
        'CHỦ TRÌ HỘI NGHỊ',
        'Nguyễn Thị Thư',
        'Các đại biểu thảo luận.',
        // The named delegates, present and absent, as the attendance tab lists them.
        'Đại biểu dự có: đồng chí Trần Văn Đức, Trưởng ban.',
        'Vắng mặt: đồng chí Phạm Thị Lan, Phó Chủ tịch.',
      ]),
    );
    // An invited ward reads the minutes too.
    expect(
      (await t.call({ method: 'GET', url: `${url}/minutes.docx`, cookie: cookies['phuong2.dv'] })).statusCode,
    ).toBe(200);
  });

  it('keeps speeches checked by their bytes, searchable by speaker', async () => {
    const upload = (cookie: string, name: string, content: Buffer) => {
      const { body, contentType } = multipart(name, content);
      return t.app.inject({
        method: 'POST',
        url: `${url}/files?kind=speech&title=${encodeURIComponent('Tham luận về dân vận khéo')}&speaker=${encodeURIComponent('Lê Thị Hồng Nhung')}`,
        headers: { cookie, 'content-type': contentType },
        payload: body,
      });
    };
    const stored = await upload(city(), 'tham-luan.pdf', PDF);
    expect(stored.statusCode, stored.body).toBe(201);
    expect((await upload(city(), 'again.pdf', PDF)).statusCode).toBe(409);
    expect((await upload(city(), 'x.exe', Buffer.from('MZ not a document'))).statusCode).toBe(415);
    expect((await upload(cookies['phuong1.dv'], 'p.pdf', PDF)).statusCode).toBe(403);
    const file = (stored.json() as ConferenceDetail).files[0];
    expect(file).toMatchObject({ kind: 'speech', speaker: 'Lê Thị Hồng Nhung', mime: 'application/pdf' });
    const download = await call(cookies['phuong1.dv'], 'GET', `/files/${file.id}`);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const found = (await t.call({ method: 'GET', url: '/api/conferences?q=hong%20nhung', cookie: city() })).json();
    expect(found.total).toBe(1);
  });

  it('counts conferences held, people and bridge points for the report, and fills the inbox', async () => {
    const inbox = async (cookie: string) =>
      ((await t.call({ method: 'GET', url: '/api/inbox', cookie })).json() as Inbox).groups.map((g) => [
        g.key,
        g.count,
      ]);
    expect(await inbox(cookies['phuong1.dv'])).toContainEqual(['bridgePointsToFill', 1]);
    const point = c.bridgePoints[1].id;
    await expectCall(t, {
      method: 'PUT',
      url: `${url}/bridge-points/${point}`,
      cookie: cookies['phuong1.dv'],
      body: { room: 'Phòng họp', host: 'Đ/c Tuấn', techName: 'Kỹ', leaders: 2, officials: 8 },
    });
    expect(await inbox(cookies['phuong1.dv'])).not.toContainEqual(['bridgePointsToFill', 1]);
    await ok('PUT', '/attendance', { leaders: 5, officials: 20, front: 5, citizens: 0, attendees: [] });
    await ok('POST', '/hold');
    await ok('PUT', '/minutes', { text: 'Nội dung', secretary: 'Thư ký' });
    expect(await inbox(city())).toContainEqual(['minutesToApprove', 1]);
    const paths = await t.ownerQuery<{ code: string; path: string }>(
      `SELECT code, path::text AS path FROM units WHERE code IN ('AS-SH', 'AS-DD')`,
    );
    const compute = (code: string) =>
      asSystem(t.db, async (sql) => {
        const context = {
          unitPath: paths.find((p) => p.code === code)?.path as string,
          excludedPaths: [],
          periodStart: dayFromToday(-30),
          periodEnd: dayFromToday(30),
        };
        const figures: Record<string, number | null> = {};
        for (const key of [
          'conferences.held',
          'conferences.kind.so_ket_9',
          'conferences.attending',
          'conferences.bridgePoints',
        ])
          figures[key] = (await computedIndicators.get(key)?.compute(sql, context))?.value ?? null;
        return figures;
      });
    expect(await compute('AS-SH')).toEqual({
      'conferences.held': 1,
      'conferences.kind.so_ket_9': 1,
      'conferences.attending': 40,
      'conferences.bridgePoints': 2,
    });
    expect((await compute('AS-DD'))['conferences.held']).toBeNull();
    const catalogue = await t.ownerQuery<{ computed_key: string }>(
      `SELECT computed_key FROM indicators WHERE year = 2027 AND code LIKE 'HN\\_%' ORDER BY sort_order`,
    );
    expect(catalogue.map((r) => r.computed_key)).toContain('conferences.bridgePoints');
  });
});

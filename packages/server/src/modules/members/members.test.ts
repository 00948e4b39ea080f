import type { AuditEntry, MemberCountSaved } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { entry, listCounts, openMembersApp, postCount, recordQuarters } from '../../test/members.js';

// Recording member counts: quarters and months, overlaps, edits with their history, scope and bad input.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

// A fresh database for each test: each starts from the demo data and records the counts it needs.
beforeEach(async () => {
  ({ t, cookies, ids } = await openMembersApp());
});
afterEach(() => t.close());

const post = (cookie: string, body: unknown) => postCount(t, cookie, body);
const list = (cookie: string, params = '') => listCounts(t, cookie, params);

describe('recording member counts', () => {
  it('records quarters and warns, without refusing, when the figures do not add up', async () => {
    const saved: Record<string, MemberCountSaved> = {};
    const q1 = await post(
      cookies['phuong1.dv'],
      entry(ids['AS-SH-P1-PN'], 1, 1200, 30, 10, { referredToParty: 2, note: 'Hoa\u0300 nhập  cộng đồng' }),
    );
    expect(q1.statusCode, q1.body).toBe(201);
    saved.q1 = q1.json();
    expect(saved.q1).toMatchObject({
      unitName: 'Hội Liên hiệp Phụ nữ Phường 1',
      kind: 'womens_union',
      parentName: 'Phường 1',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      previousMembers: null,
      note: 'Hoà nhập cộng đồng',
      warnings: [],
    });
    const q2 = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-PN'], 2, 1225, 40, 15));
    saved.q2 = q2.json();
    expect(saved.q2).toMatchObject({ previousMembers: 1200, expectedMembers: 1225, warnings: [] });
    const q3 = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-PN'], 3, 1300, 20, 5));
    expect(q3.statusCode).toBe(201);
    saved.q3 = q3.json();
    expect(saved.q3.expectedMembers).toBe(1240);
    expect(saved.q3.warnings.map((w) => w.code)).toEqual(['balance']);
    expect(saved.q3.warnings[0].vi).toContain('1.225 + kết nạp 20 − ra khỏi 5 = 1.240'.replace(/\./g, ''));
    const youth = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-DTN'], 2, 410, 25, 3));
    expect(youth.statusCode).toBe(201);
    const ward2 = await post(cookies['phuong2.dv'], entry(ids['AS-SH-P2-PN'], 2, 980, 12, 4));
    expect(ward2.statusCode).toBe(201);
    const city = await post(cookies['thanhpho.lanhdao'], {
      ...entry(ids['AS-SH-MT'], 5, 75, 1, 0),
      periodKind: 'month',
    });
    expect(city.statusCode, city.body).toBe(201);
  });

  it('refuses a second entry for the same or an overlapping period with a clear message (409)', async () => {
    await recordQuarters(t, cookies, ids);
    const again = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-PN'], 2, 1, 0, 0));
    expect(again.statusCode).toBe(409);
    const error = errorBody(again);
    expect(error.message.vi).toContain('đã có số liệu cho Quý 2/2026');
    expect(error.message.en).toContain('quarter 2/2026');
    expect(error.fields?.[0].path).toBe('body.periodIndex');
    const month = await post(cookies['phuong1.dv'], { ...entry(ids['AS-SH-P1-PN'], 5, 1, 0, 0), periodKind: 'month' });
    expect(month.statusCode).toBe(409);
    expect(errorBody(month).message.vi).toContain('Quý 2/2026');
    expect(
      (
        await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM member_counts WHERE unit_id = $1', [
          ids['AS-SH-P1-PN'],
        ])
      )[0].n,
    ).toBe(3);
  });

  it('edits an entry, keeps its history and flags the next period that no longer adds up', async () => {
    const saved = await recordQuarters(t, cookies, ids);
    const edit = await t.call({
      method: 'PUT',
      url: `/api/member-counts/${saved.q2.id}`,
      cookie: cookies['phuong1.dv'],
      body: entry(ids['AS-SH-P1-PN'], 2, 1290, 100, 10, { note: 'Đã đối chiếu sổ hội viên' }),
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const body = edit.json() as MemberCountSaved;
    expect(body).toMatchObject({ members: 1290, admitted: 100, note: 'Đã đối chiếu sổ hội viên' });
    expect(body.warnings.map((w) => w.code)).toEqual(['next_balance']);
    const moveOnto = await t.call({
      method: 'PUT',
      url: `/api/member-counts/${saved.q2.id}`,
      cookie: cookies['phuong1.dv'],
      body: entry(ids['AS-SH-P1-PN'], 3, 1290, 100, 10),
    });
    expect(moveOnto.statusCode).toBe(409);
    const history = await t.call({
      method: 'GET',
      url: `/api/member-counts/${saved.q2.id}/history`,
      cookie: cookies.viewer,
    });
    expect(history.statusCode).toBe(200);
    const entries = history.json() as AuditEntry[];
    expect(entries.map((e) => e.action)).toEqual(['member_count.update', 'member_count.create']);
    expect(entries[0]).toMatchObject({
      actorUsername: 'phuong1.dv',
      before: { members: 1225, admitted: 40 },
      after: { members: 1290, admitted: 100 },
    });
  });

  it('keeps each branch to itself: 404 outside the scope, 403 for viewers', async () => {
    const saved = await recordQuarters(t, cookies, ids);
    expect((await post(cookies['phuong2.dv'], entry(ids['AS-SH-P1-DTN'], 1, 1, 0, 0))).statusCode).toBe(404);
    for (const url of [`/api/member-counts/${saved.q1.id}`, `/api/member-counts/${saved.q1.id}/history`]) {
      expect((await t.call({ method: 'GET', url, cookie: cookies['phuong2.dv'] })).statusCode).toBe(404);
    }
    const foreignEdit = await t.call({
      method: 'PUT',
      url: `/api/member-counts/${saved.q1.id}`,
      cookie: cookies['phuong2.dv'],
      body: entry(ids['AS-SH-P2-PN'], 1, 1, 0, 0),
    });
    expect(foreignEdit.statusCode).toBe(404);
    const ward2 = (await list(cookies['phuong2.dv'])).items;
    expect(ward2.length).toBeGreaterThan(0);
    expect(ward2.every((item) => item.parentName === 'Phường 2')).toBe(true);
    const rollup = await t.call({
      method: 'GET',
      url: `/api/member-counts/rollup?unitId=${ids['AS-SH-P1']}&year=2026`,
      cookie: cookies['phuong2.dv'],
    });
    expect(rollup.statusCode).toBe(404);

    const viewerCreate = await post(cookies.viewer, entry(ids['AS-SH-P1-DTN'], 1, 1, 0, 0));
    expect(viewerCreate.statusCode).toBe(403);
    expect(errorBody(viewerCreate).code).toBe('forbidden');
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `/api/member-counts/${saved.q1.id}`,
          cookie: cookies.viewer,
          body: entry(ids['AS-SH-P1-PN'], 1, 1, 0, 0),
        })
      ).statusCode,
    ).toBe(403);
    const seen = await list(cookies.viewer);
    expect(seen.total).toBe(4);
    expect(seen.items.every((item) => item.abilities.update === false)).toBe(true);
    const ward1 = (await list(cookies['phuong1.dv'])).items;
    expect(ward1.length).toBeGreaterThan(0);
    expect(ward1.every((item) => item.abilities.update)).toBe(true);
    expect((await t.call({ method: 'GET', url: '/api/member-counts' })).statusCode).toBe(401);
  });

  it('answers bad input with the field and a message in both languages, and writes nothing', async () => {
    const before = (await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM member_counts'))[0].n;
    const cases: [unknown, string, number][] = [
      [entry(ids['AS-SH-P1-DTN'], 1, -5, 0, 0), 'body.members', 400],
      [entry(ids['AS-SH-P1-DTN'], 1, 10.5, 0, 0), 'body.members', 400],
      [entry(ids['AS-SH-P1-DTN'], 5, 10, 0, 0), 'body.periodIndex', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 13, 10, 0, 0), periodKind: 'month' }, 'body.periodIndex', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), periodKind: 'week' }, 'body.periodKind', 400],
      [entry(ids['AS-SH-P1-KDV'], 1, 10, 0, 0), 'body.unitId', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), year: 2030 }, 'body.periodIndex', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), unitId: 999_999 }, 'body.unitId', 404],
      [{ unitId: ids['AS-SH-P1-DTN'], periodKind: 'quarter', year: 2026, periodIndex: 1 }, 'body.members', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), members: '10' }, 'body.members', 400],
    ];
    for (const [body, path, status] of cases) {
      const response = await post(cookies['phuong1.dv'], body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      const error = errorBody(response);
      expect(error.fields?.[0].path, JSON.stringify(body)).toBe(path);
      expect(error.fields?.[0].vi).toBeTruthy();
      expect(error.fields?.[0].en).toBeTruthy();
    }
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/member-counts',
          cookie: cookies['phuong1.dv'],
          body: '{"unitId":',
          headers: { 'content-type': 'application/json' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await t.call({ method: 'GET', url: '/api/member-counts/abc', cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(400);
    expect(
      (await t.call({ method: 'GET', url: '/api/member-counts/424242', cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(404);
    expect(
      errorBody(await t.call({ method: 'GET', url: '/api/member-counts?sort=bogus', cookie: cookies['phuong1.dv'] }))
        .fields?.[0].path,
    ).toBe('query.sort');
    expect(
      errorBody(
        await t.call({ method: 'GET', url: '/api/member-counts/rollup?year=2026', cookie: cookies['phuong1.dv'] }),
      ).fields?.[0].path,
    ).toBe('query.unitId');
    expect((await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM member_counts'))[0].n).toBe(before);
  });
});

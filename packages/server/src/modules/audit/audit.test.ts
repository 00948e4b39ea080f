import type { AuditEntry, RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/authorize.js';
import { actorFor } from '../auth/index.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { renameUnit } from '../units/index.js';
import { nineMonthRound, reportOf } from '../../test/reports.js';
import { addPerson, cityCampaign, medalType } from '../../test/commendations.js';
import { entry, postCount } from '../../test/members.js';
import { giveTask } from '../../test/tasks.js';

interface AuditPage {
  total: number;
  items: AuditEntry[];
}

let t: TestApp;
const cookies: Record<string, string> = {};

const audit = async (actor: string, query = ''): Promise<AuditPage> => {
  const response = await t.call({ method: 'GET', url: `/api/audit${query}`, cookie: cookies[actor] });
  if (response.statusCode !== 200) throw new Error(`audit ${query}: ${response.statusCode} ${response.body}`);
  return response.json() as AuditPage;
};

/** Ids of the units in a demo unit's subtree, read as the owner. */
const subtree = async (code: string) =>
  new Set(
    (
      await t.ownerQuery<{ id: number }>(
        `SELECT id FROM units WHERE path <@ (SELECT path FROM units WHERE code = $1)`,
        [code],
      )
    ).map((row) => row.id),
  );

/** How many audit rows belong to a demo unit's subtree, counted as the owner. */
const ownerCount = async (code: string) =>
  (
    await t.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log a JOIN units u ON u.id = a.unit_id WHERE u.path <@ (SELECT path FROM units WHERE code = $1)`,
      [code],
    )
  )[0].n;

const rename = async (actor: string, code: string, name: string) => {
  const response = await t.call({
    method: 'PATCH',
    url: `/api/units/${await t.unitId(code)}`,
    cookie: cookies[actor],
    body: { name, effectiveOn: '2026-01-01' },
  });
  if (response.statusCode !== 200) throw new Error(`rename ${code}: ${response.statusCode} ${response.body}`);
};

beforeAll(async () => {
  t = await createTestApp();
  for (const username of ['admin', 'thanhpho.lanhdao', 'phuong1.lanhdao', 'phuong1.dv', 'tinh.dv'])
    cookies[username] = await t.login(username);
  await rename('admin', 'AS-DD-TH', 'Xã Tân Hòa Mới');
  await rename('admin', 'AS-SH-P3', 'Phường Ba');
  await rename('phuong1.lanhdao', 'AS-SH-P1-MT', 'Mặt trận Tổ quốc Phường 1 (mới)');
  const created = await t.call({
    method: 'POST',
    url: '/api/users',
    cookie: cookies['thanhpho.lanhdao'],
    body: {
      username: 'phuong2.lanhdao',
      fullName: 'Đỗ Văn Nam',
      password: 'mat-khau-2026',
      role: 'leader',
      unitId: await t.unitId('AS-SH-P2-KDV'),
    },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
});
afterAll(() => t.close());

describe('who reads which part of the audit log', () => {
  it('shows admins everything, newest first', async () => {
    const page = await audit('admin', '?limit=500');
    const all = await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(page.total).toBe(all[0].n);
    expect(page.items.map((item) => item.action).slice(0, 4)).toEqual([
      'user.create',
      'unit.rename',
      'unit.rename',
      'unit.rename',
    ]);
    const times = page.items.map((item) => item.at);
    expect([...times].sort().reverse()).toEqual(times);
    const tanHoa = await t.unitId('AS-DD-TH');
    expect(page.items.find((item) => item.action === 'unit.rename' && item.unitId === tanHoa)).toMatchObject({
      actorUsername: 'admin',
      unitName: 'Xã Tân Hòa Mới',
      entityType: 'unit',
      before: { name: 'Xã Tân Hòa' },
      after: { name: 'Xã Tân Hòa Mới' },
    });
  });

  it('names who acted by their full name and the record by its name', async () => {
    const page = await audit('thanhpho.lanhdao', '?limit=500');
    expect(page.items.find((item) => item.action === 'user.create')).toMatchObject({
      actorUsername: 'thanhpho.lanhdao',
      actorName: 'Trần Văn Đức',
    });
    // A report's changes carry no name: the log names it by its round and unit, as the reader may see it.
    const opened = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies['thanhpho.lanhdao'],
      body: nineMonthRound(await t.unitId('AS-SH'), 2026),
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const report = await reportOf(
      t,
      cookies['phuong1.dv'],
      (opened.json() as RoundSummary).id,
      await t.unitId('AS-SH-P1'),
    );
    const saved = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [{ code: 'KT_GS', value: 2 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const [save] = (await audit('thanhpho.lanhdao', `?entityType=report&entityId=${report.id}`)).items;
    expect(save).toMatchObject({
      action: 'report.save',
      actorName: 'Lê Thị Hồng Nhung',
      recordName: 'Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2026 – Phường 1',
    });
    const [round] = (await audit('thanhpho.lanhdao', '?entityType=round')).items;
    expect(round.recordName).toBe('Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2026');
  });

  it('names the records whose changes carry no name: a nomination, a task, a member count', async () => {
    // The log read "Hồ sơ đề nghị khen thưởng", "Nhiệm vụ" or "Số liệu hội viên" alone for every step after the first.
    const ward = await t.unitId('AS-SH-P1');
    const counted = await postCount(t, cookies['phuong1.dv'], entry(await t.unitId('AS-SH-P1-PN'), 3, 120, 5, 1));
    expect(counted.statusCode, counted.body).toBe(201);
    const [count] = (await audit('thanhpho.lanhdao', '?entityType=member_count')).items;
    expect(count.recordName).toMatch(/ – quý 3\/2026$/);

    const task = await giveTask(t, cookies['thanhpho.lanhdao'], { ownerUnitIds: [ward] });
    const progress = await t.call({
      method: 'POST',
      url: `/api/tasks/${task.id}/progress`,
      cookie: cookies['phuong1.dv'],
      body: { note: 'Đã tổ chức 3 buổi tuyên truyền', percent: 60 },
    });
    expect(progress.statusCode, progress.body).toBe(200);
    const [step] = (await audit('thanhpho.lanhdao', `?entityType=task&entityId=${task.id}`)).items;
    expect(step).toMatchObject({ action: 'task.progress', recordName: `${task.title} – Phường 1` });

    const medal = await medalType(t, cookies.admin);
    const person = await addPerson(t, cookies['phuong1.dv'], { fullName: 'Đỗ Thị Thử', unitId: ward, birthYear: 1970 });
    const campaign = await cityCampaign(t, cookies['thanhpho.lanhdao'], [medal.id], {
      'AS-SH-P1': ward,
      'AS-SH-P2': await t.unitId('AS-SH-P2'),
    });
    const nominated = await t.call({
      method: 'POST',
      url: `/api/commendations/campaigns/${campaign.id}/nominations`,
      cookie: cookies['phuong1.dv'],
      body: { awardTypeId: medal.id, personId: person.id },
    });
    expect(nominated.statusCode, nominated.body).toBe(201);
    const [nomination] = (await audit('thanhpho.lanhdao', '?entityType=nomination')).items;
    expect(nomination.recordName).toBe(`Đỗ Thị Thử – ${campaign.title}`);
  });

  const leaders: [string, string][] = [
    ['thanhpho.lanhdao', 'AS-SH'],
    ['phuong1.lanhdao', 'AS-SH-P1'],
  ];
  for (const [leader, scope] of leaders) {
    it(`shows ${leader} only events of units under ${scope}`, async () => {
      const page = await audit(leader, '?limit=500');
      expect(page.total).toBe(await ownerCount(scope));
      expect(page.items.length).toBe(page.total);
      const inside = await subtree(scope);
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((item) => inside.has(item.unitId as number))).toBe(true);
      const ddUnits = await subtree('AS-DD');
      expect(page.items.some((item) => ddUnits.has(item.unitId as number))).toBe(false);
      expect(page.items.some((item) => item.unitName === 'Mặt trận Tổ quốc Phường 1 (mới)')).toBe(true);
    });
  }

  it('does not reveal events of an out-of-scope unit through the unitId filter', async () => {
    const page = await audit('thanhpho.lanhdao', `?unitId=${await t.unitId('AS-DD-TH')}`);
    expect(page).toEqual({ total: 0, items: [] });
    const parent = await audit('phuong1.lanhdao', `?unitId=${await t.unitId('AS-SH')}&limit=500`);
    expect(parent.items).toEqual([]);
  });

  for (const specialist of ['phuong1.dv', 'tinh.dv']) {
    it(`refuses the specialist ${specialist} with 403`, async () => {
      const response = await t.call({ method: 'GET', url: '/api/audit', cookie: cookies[specialist] });
      expect(response.statusCode).toBe(403);
      expect(errorBody(response).code).toBe('forbidden');
    });
  }

  it('refuses anonymous callers with 401', async () => {
    expect((await t.call({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});

describe('filters and paging', () => {
  it('filters by action, entity type, actor and unit subtree', async () => {
    const renames = await audit('thanhpho.lanhdao', '?action=unit.rename');
    expect(renames.items.map((item) => item.unitName).sort()).toEqual(['Mặt trận Tổ quốc Phường 1 (mới)', 'Phường Ba']);
    expect(renames.total).toBe(2);

    const users = await audit('admin', '?entityType=user&limit=500');
    expect(users.total).toBeGreaterThan(0);
    expect(users.items.every((item) => item.entityType === 'user')).toBe(true);
    expect(users.items[0]).toMatchObject({
      action: 'user.create',
      actorUsername: 'thanhpho.lanhdao',
      after: { username: 'phuong2.lanhdao' },
    });

    const byActor = await audit('admin', '?actor=PHUONG1.LANHDAO&limit=500');
    expect(new Set(byActor.items.map((item) => item.action))).toEqual(new Set(['auth.login', 'unit.rename']));
    expect(byActor.items.every((item) => item.actorUsername === 'phuong1.lanhdao')).toBe(true);

    const p3 = await audit('thanhpho.lanhdao', `?unitId=${await t.unitId('AS-SH-P3')}`);
    expect(p3.items.map((item) => item.action)).toEqual(['unit.rename']);
    const p1 = await audit('thanhpho.lanhdao', `?unitId=${await t.unitId('AS-SH-P1')}&limit=500`);
    expect(p1.total).toBe(await ownerCount('AS-SH-P1'));

    const combined = await audit('admin', `?action=rename&actor=admin&unitId=${await t.unitId('AS-DD')}`);
    expect(combined.items.map((item) => item.unitName)).toEqual(['Xã Tân Hòa Mới']);
  });

  it('filters by date range, in whole days', async () => {
    const [{ today, tomorrow, yesterday }] = await t.ownerQuery<{ today: string; tomorrow: string; yesterday: string }>(
      `SELECT current_date::text AS today, (current_date + 1)::text AS tomorrow, (current_date - 1)::text AS yesterday`,
    );
    const all = await audit('admin');
    expect((await audit('admin', `?from=${today}&to=${today}`)).total).toBe(all.total);
    expect((await audit('admin', `?from=${tomorrow}`)).total).toBe(0);
    expect((await audit('admin', `?to=${yesterday}`)).total).toBe(0);
    expect((await audit('admin', `?from=${yesterday}&to=${tomorrow}`)).total).toBe(all.total);
  });

  it('pages with limit and offset and reports the filtered total on every page', async () => {
    const full = await audit('thanhpho.lanhdao', '?limit=500');
    expect(full.total).toBeGreaterThan(4);
    const first = await audit('thanhpho.lanhdao', '?limit=2');
    expect(first.items.map((item) => item.id)).toEqual(full.items.slice(0, 2).map((item) => item.id));
    expect(first.total).toBe(full.total);
    const second = await audit('thanhpho.lanhdao', '?limit=2&offset=2');
    expect(second.items.map((item) => item.id)).toEqual(full.items.slice(2, 4).map((item) => item.id));
    expect(second.total).toBe(full.total);
    const beyond = await audit('thanhpho.lanhdao', `?limit=10&offset=${full.total + 10}`);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(full.total);
    expect((await audit('thanhpho.lanhdao')).items).toHaveLength(Math.min(50, full.total));
  });

  const bad: [string, string][] = [
    ['limit=0', 'query.limit'],
    ['limit=501', 'query.limit'],
    ['limit=abc', 'query.limit'],
    ['offset=-1', 'query.offset'],
    ['from=not-a-date', 'query.from'],
    ['to=2026-13-45', 'query.to'],
    ['unitId=0', 'query.unitId'],
  ];
  for (const [query, path] of bad) {
    it(`answers 400 on ${path} for ?${query}`, async () => {
      const response = await t.call({ method: 'GET', url: `/api/audit?${query}`, cookie: cookies.admin });
      expect(response.statusCode).toBe(400);
      const error = errorBody(response);
      expect(error.code).toBe('invalid_input');
      expect(error.fields?.[0].path).toBe(path);
      expect(error.fields?.[0].vi).toBeTruthy();
    });
  }

  it('answers 400, not 500, to a NUL character or an out-of-range unit id', async () => {
    for (const query of ['action=%00', 'actor=a%00b', 'entityType=%00', 'unitId=9999999999']) {
      const response = await t.call({ method: 'GET', url: `/api/audit?${query}`, cookie: cookies.admin });
      expect(response.statusCode, query).toBe(400);
      expect(errorBody(response).code).toBe('invalid_input');
    }
  });
});

describe('integrity of the log', () => {
  it('is append-only, even for the owner', async () => {
    const before = await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    await expect(t.ownerQuery(`UPDATE audit_log SET action = 'forged' WHERE action = 'unit.rename'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.ownerQuery(`DELETE FROM audit_log WHERE action = 'auth.login'`)).rejects.toThrow(/append-only/);
    expect(await t.ownerQuery(`SELECT 1 FROM audit_log WHERE action = 'forged'`)).toHaveLength(0);
    expect(await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
  });

  it('is written in the same transaction as the change it records', async () => {
    const unitId = await t.unitId('AS-SH-P4');
    const eventsBefore = await t.ownerQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM unit_events WHERE unit_id = $1',
      [unitId],
    );
    await t.ownerQuery(`CREATE FUNCTION test_refuse_rename_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'unit.rename' THEN RAISE EXCEPTION 'audit write refused by test'; END IF;
        RETURN NEW;
      END $$`);
    await t.ownerQuery(
      `CREATE TRIGGER test_refuse_rename_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_refuse_rename_audit()`,
    );
    try {
      const admin = (await actorFor(t.db, 'admin')) as Actor;
      await expect(
        renameUnit(t.db, admin, unitId, { name: 'Phường Bốn', effectiveOn: '2026-01-01' }, '127.0.0.1'),
      ).rejects.toThrow(/audit write refused by test/);
    } finally {
      await t.ownerQuery('DROP TRIGGER test_refuse_rename_audit ON audit_log');
      await t.ownerQuery('DROP FUNCTION test_refuse_rename_audit()');
    }
    const [unit] = await t.ownerQuery<{ name: string }>('SELECT name FROM units WHERE id = $1', [unitId]);
    expect(unit.name).toBe('Phường 4');
    expect(
      await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM unit_events WHERE unit_id = $1', [unitId]),
    ).toEqual(eventsBefore);
    expect(
      await t.ownerQuery(`SELECT 1 FROM audit_log WHERE action = 'unit.rename' AND unit_id = $1`, [unitId]),
    ).toHaveLength(0);

    // Without the trigger the same call goes through and leaves all three traces.
    const admin = (await actorFor(t.db, 'admin')) as Actor;
    await renameUnit(t.db, admin, unitId, { name: 'Phường Bốn', effectiveOn: '2026-01-01' }, '127.0.0.1');
    expect((await t.ownerQuery<{ name: string }>('SELECT name FROM units WHERE id = $1', [unitId]))[0].name).toBe(
      'Phường Bốn',
    );
    expect(
      await t.ownerQuery(`SELECT 1 FROM audit_log WHERE action = 'unit.rename' AND unit_id = $1`, [unitId]),
    ).toHaveLength(1);
  });
});

describe("one record's history", () => {
  it('filters by entity id', async () => {
    const admin = await t.login('admin');
    const unitId = await t.unitId('AS-SH-P4');
    await t.call({
      method: 'PATCH',
      url: `/api/units/${unitId}`,
      cookie: admin,
      body: { name: 'Phường Bốn', effectiveOn: '2026-11-01' },
    });
    const response = await t.call({
      method: 'GET',
      url: `/api/audit?entityType=unit&entityId=${unitId}`,
      cookie: admin,
    });
    const items = response.json().items as { entityId: string; action: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.entityId === String(unitId))).toBe(true);
  });
});

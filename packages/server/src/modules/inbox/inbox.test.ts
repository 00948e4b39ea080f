import type { Inbox, InboxGroup } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/authorize.js';
import { seedDemoDemocracy } from '../../demo/demo-democracy.js';
import { seedDemoModels } from '../../demo/demo-models.js';
import { seedDemoReports } from '../../demo/demo-reports.js';
import { actorFor } from '../auth/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { fillReport } from '../../test/reports.js';
import { vietnamDay } from '../../time.js';

// The inbox ("Việc cần làm") through the API, for each role, over the demo data: this year's 9-month round of
// the city has Phường 1 and 2 in draft, Phường 6 submitted, Phường 7 returned and the city's own report in draft;
// the checklists of Phường 3 and 7 are submitted; some models of the wards are registered and not evaluated.
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let round: { id: number; title: string; deadline: string };

// One database for the file, with the demo's records as `npm run demo` makes them (test databases have none):
// the tests that only read come first, the ones that move reports last.
beforeAll(async () => {
  t = await createTestApp();
  const [cityLeader, admin] = [
    (await actorFor(t.db, 'thanhpho.lanhdao')) as Actor,
    (await actorFor(t.db, 'admin')) as Actor,
  ];
  await seedDemoDemocracy(t.db, cityLeader, admin);
  await seedDemoModels(t.db, cityLeader, admin);
  await seedDemoReports(t.db, cityLeader, admin);
  for (const user of [
    'admin',
    'tinh.lanhdao',
    'tinh.dv',
    'thanhpho.lanhdao',
    'phuong1.dv',
    'phuong1.lanhdao',
    'phuong2.dv',
  ])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-BDV', 'AS-DD-BDV', 'AS-DD-TH'])
    ids[code] = await t.unitId(code);
  [round] = await t.ownerQuery<typeof round>(
    `SELECT id, title, deadline::text AS deadline FROM reporting_rounds ORDER BY year DESC, id DESC LIMIT 1`,
  );
});
afterAll(() => t.close());

async function inboxOf(cookie: string): Promise<Inbox> {
  const response = await t.call({ method: 'GET', url: '/api/inbox', cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const groupOf = (inbox: Inbox, key: InboxGroup['key']) => inbox.groups.find((group) => group.key === key);
const keysOf = (inbox: Inbox) => inbox.groups.map((group) => group.key);

async function addAccount(username: string, role: string, unitId: number) {
  const password = 'mat-khau-hop-thu-1';
  const created = await t.call({
    method: 'POST',
    url: '/api/users',
    cookie: cookies.admin,
    body: { username, fullName: 'Người thử', password, role, unitId },
  });
  expect(created.statusCode, created.body).toBe(201);
  return t.login(username, password);
}

describe('the inbox of each role', () => {
  it("gives a ward's specialist its report to write, with the deadline", async () => {
    const inbox = await inboxOf(cookies['phuong1.dv']);
    expect(keysOf(inbox)).toEqual(['reportsToWrite']);
    expect(groupOf(inbox, 'reportsToWrite')).toEqual({
      key: 'reportsToWrite',
      count: 1,
      items: [
        {
          title: round.title,
          unitName: 'Phường 1',
          date: round.deadline,
          overdue: round.deadline < vietnamDay(),
          state: 'draft',
          comment: null,
          link: { kind: 'report', roundId: round.id, unitId: ids['AS-SH-P1'] },
        },
      ],
    });
  });

  it("gives a ward's leader its report to write and nothing of the level above to approve", async () => {
    const inbox = await inboxOf(cookies['phuong1.lanhdao']);
    expect(groupOf(inbox, 'reportsToWrite')?.count).toBe(1);
    expect(keysOf(inbox)).not.toContain('reportsToApprove');
    expect(keysOf(inbox)).not.toContain('assessmentsToRate');
  });

  it("gives the city's leader the reports waiting for approval, the checklists to rate and the models to evaluate", async () => {
    const inbox = await inboxOf(cookies['thanhpho.lanhdao']);
    expect(keysOf(inbox)).toEqual(['reportsToWrite', 'reportsToApprove', 'assessmentsToRate', 'modelsToEvaluate']);
    // Its own: the city's report of the round.
    expect(groupOf(inbox, 'reportsToWrite')?.items.map((item) => item.unitName)).toEqual(['Thành phố Sơn Hà']);
    expect(groupOf(inbox, 'reportsToApprove')).toMatchObject({
      count: 1,
      items: [{ unitName: 'Phường 6', state: 'submitted', overdue: false, date: round.deadline }],
    });
    const checklists = groupOf(inbox, 'assessmentsToRate');
    expect(checklists?.count).toBe(2);
    expect(checklists?.items.map((item) => item.unitName).sort()).toEqual(['Phường 3', 'Phường 7']);
    const models = groupOf(inbox, 'modelsToEvaluate');
    expect(models?.count).toBe(models?.items.length);
    for (const item of models?.items ?? [])
      expect(item).toMatchObject({ state: 'registered', link: { kind: 'model' } });
    const dates = models?.items.map((item) => item.date) ?? [];
    expect(dates).toEqual([...dates].sort());
  });

  it("gives the province's leader the checklists below, not the wards' reports the city approves", async () => {
    const inbox = await inboxOf(cookies['tinh.lanhdao']);
    expect(keysOf(inbox)).not.toContain('reportsToApprove');
    expect(keysOf(inbox)).not.toContain('reportsToWrite');
    expect(groupOf(inbox, 'assessmentsToRate')?.count).toBe(2);
  });

  it('gives a specialist of the province, whose unit writes no report here, nothing to act on', async () => {
    expect(await inboxOf(cookies['tinh.dv'])).toEqual({ groups: [] });
  });

  it('gives a viewer nothing to act on, even where there is work', async () => {
    const viewer = await addAccount('thanhpho.xem', 'viewer', ids['AS-SH-BDV']);
    expect(await inboxOf(viewer)).toEqual({ groups: [] });
  });

  it('answers 401 without a session', async () => {
    const response = await t.call({ method: 'GET', url: '/api/inbox' });
    expect(response.statusCode).toBe(401);
  });
});

describe('the inbox keeps to the scope', () => {
  it("never shows another branch's work", async () => {
    // A commune of the district submits its checklist: its district's leader has it to rate, the city does not.
    await t.ownerQuery(
      `INSERT INTO democracy_assessments (unit_id, year, status, submitted_at) VALUES ($1, 2026, 'submitted', now())`,
      [ids['AS-DD-TH']],
    );
    const district = await addAccount('huyen.lanhdao', 'leader', ids['AS-DD-BDV']);
    const districtInbox = await inboxOf(district);
    expect(keysOf(districtInbox)).toEqual(['assessmentsToRate']);
    expect(groupOf(districtInbox, 'assessmentsToRate')?.items).toMatchObject([
      { unitName: 'Xã Tân Hòa', link: { kind: 'assessment', unitId: ids['AS-DD-TH'], year: 2026 } },
    ]);

    const city = await inboxOf(cookies['thanhpho.lanhdao']);
    const unitNames = city.groups.flatMap((group) => group.items.map((item) => item.unitName));
    expect(unitNames).not.toContain('Xã Tân Hòa');
    expect(groupOf(city, 'assessmentsToRate')?.count).toBe(2);

    // Ward 2's specialist sees its own report, never ward 1's.
    const ward2 = await inboxOf(cookies['phuong2.dv']);
    expect(ward2.groups.flatMap((group) => group.items.map((item) => item.link))).toEqual([
      { kind: 'report', roundId: round.id, unitId: ids['AS-SH-P2'] },
    ]);
  });
});

describe('the inbox follows the workflow', () => {
  it('moves a report from the ward to the city as it is returned and submitted again', async () => {
    const ward1 = { roundId: round.id, unitId: ids['AS-SH-P1'] };
    const accounts = { author: cookies['phuong1.dv'], approver: cookies['thanhpho.lanhdao'] };
    await fillReport(t, ward1, [], { ...accounts, to: 'returned' });
    const returned = await inboxOf(cookies['phuong1.dv']);
    expect(keysOf(returned)).toEqual(['reportsReturned']);
    expect(groupOf(returned, 'reportsReturned')?.items).toMatchObject([
      { state: 'returned', comment: 'Bổ sung số liệu', link: { kind: 'report', ...ward1 } },
    ]);

    await fillReport(t, ward1, [], { ...accounts, to: 'submitted' });
    expect(await inboxOf(cookies['phuong1.dv'])).toEqual({ groups: [] });
    // Phường 6 submitted before Phường 1: it comes first.
    const city = groupOf(await inboxOf(cookies['thanhpho.lanhdao']), 'reportsToApprove');
    expect(city?.count).toBe(2);
    expect(city?.items.map((item) => item.unitName)).toEqual(['Phường 6', 'Phường 1']);
  });

  it("gives the province's leader the city's report once the city submits it", async () => {
    const [cityReport] = await t.ownerQuery<{ id: number }>(
      `SELECT id FROM reports WHERE round_id = $1 AND unit_id = $2`,
      [round.id, ids['AS-SH']],
    );
    const submitted = await t.call({
      method: 'POST',
      url: `/api/reports/${cityReport.id}/submit`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const province = groupOf(await inboxOf(cookies['tinh.lanhdao']), 'reportsToApprove');
    expect(province).toMatchObject({ count: 1, items: [{ unitName: 'Thành phố Sơn Hà', state: 'submitted' }] });
  });
});

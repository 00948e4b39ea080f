import type { ConferenceDetail, ConferenceSummary, TaskDetail } from '@danvan/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../auth/authorize.js';
import { actorFor } from '../modules/auth/index.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { seedDemoConference } from './demo-conferences.js';
import { seedDemoReports } from './demo-reports.js';
import { seedDemoTasks } from './demo-tasks.js';

// The demo's 9-month review of the city: concluded, two bridge points, its conclusions the demo's tasks.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // The wards' registered documents (the reports demo) are the tasks' evidence.
  const actor = async (name: string) => (await actorFor(t.db, name)) as Actor;
  await seedDemoReports(t.db, await actor('thanhpho.lanhdao'), await actor('admin'));
  await seedDemoConference(t.db, (conference) => seedDemoTasks(t.db, conference));
});
afterAll(() => t.close());

it('holds the city conference with two bridge points and its conclusions as tasks for the wards, one overdue', async () => {
  const city = await t.login('thanhpho.lanhdao');
  const list = (await t.call({ method: 'GET', url: '/api/conferences', cookie: city })).json() as {
    items: ConferenceSummary[];
  };
  expect(list.items.map((c) => c.title)).toEqual(['Hội nghị sơ kết công tác dân vận 9 tháng đầu năm 2026']);
  const c = (
    await t.call({ method: 'GET', url: `/api/conferences/${list.items[0].id}`, cookie: city })
  ).json() as ConferenceDetail;
  expect(c).toMatchObject({ status: 'concluded', bridgePointCount: 2, attending: 86 });
  expect(c.bridgePoints.map((p) => p.unitName)).toEqual(['Thành phố Sơn Hà', 'Phường 1']);
  expect(c.notice?.symbol).toMatch(/^\d+-TB\/BDVTU$/);
  expect(c.conclusions.map((k) => k.tasks.length)).toEqual([1, 1, 1]);
  const shares = c.conclusions[0].tasks[0].children;
  // Each task cites the conference it came from, so its page leads back to it.
  for (const { tasks } of c.conclusions) {
    const task = (await t.call({ method: 'GET', url: `/api/tasks/${tasks[0].id}`, cookie: city })).json() as TaskDetail;
    expect(task).toMatchObject({ sourceKind: 'conference', sourceRefId: c.id });
  }
  expect(shares.map((s) => [s.ownerUnitName, s.bucket])).toEqual([
    ['Phường 1', 'overdue'],
    ['Phường 2', 'on_time'],
  ]);
  const ward = await t.login('phuong1.dv');
  const seen = (
    await t.call({ method: 'GET', url: `/api/conferences/${c.id}`, cookie: ward })
  ).json() as ConferenceDetail;
  expect(seen.bridgePoints.map((p) => p.host)).toEqual(['Đồng chí Hoàng Minh Tuấn, Trưởng Khối dân vận Phường 1']);
});

// Factories for the task tests: an app with the accounts they sign in as, unit ids, and tasks given
// through the API as the city would.
import type { TaskDetail } from '@danvan/shared';
import { expect } from 'vitest';
import { vietnamDay } from '../time.js';
import { createTestApp, type TestApp } from './harness.js';

export { multipart } from './democracy.js';

const units = ['AS', 'AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-SH-MT', 'AS-DD', 'AS-DD-TH'];

/** A fresh app with the demo data, cookies of the admin, province, city, two wards and a viewer of Phường 1. */
export async function openTasksApp() {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'phuong1.lanhdao'])
    cookies[user] = await t.login(user);
  for (const code of units) ids[code] = await t.unitId(code);
  await t.call({
    method: 'POST',
    url: '/api/users',
    cookie: cookies.admin,
    body: {
      username: 'phuong1.xem',
      fullName: 'Người xem',
      password: 'mat-khau-xem-1',
      role: 'viewer',
      unitId: ids['AS-SH-P1'],
    },
  });
  cookies.viewer = await t.login('phuong1.xem', 'mat-khau-xem-1');
  return { t, cookies, ids };
}

/** The ISO day `days` after today in Vietnam. */
export const dayFromToday = (days: number) => {
  const [y, m, d] = vietnamDay().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** The city gives a task to the wards named; returns the parent (or the only task). */
export async function giveTask(t: TestApp, cookie: string, body: Record<string, unknown>): Promise<TaskDetail> {
  const response = await t.call({
    method: 'POST',
    url: '/api/tasks',
    cookie,
    body: { title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở', deadline: dayFromToday(30), ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Moves a task's dates back as if it had been given `days` ago with its deadline `dueIn` days from today. */
export async function backdate(t: TestApp, id: number, args: { givenDaysAgo: number; dueIn: number }) {
  await t.ownerQuery(`UPDATE tasks SET assigned_on = $2::date, deadline = $3::date, due_on = $3::date WHERE id = $1`, [
    id,
    dayFromToday(-args.givenDaysAgo),
    dayFromToday(args.dueIn),
  ]);
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

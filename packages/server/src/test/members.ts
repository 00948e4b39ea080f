// Factories for the member-count tests: an app with the accounts they sign in as, and the counts
// they start from, recorded through the API as a ward and the city would.
import type { MemberCountSaved, MemberCountSummary } from '@danvan/shared';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';

const units = [
  'AS-SH',
  'AS-SH-P1',
  'AS-SH-P1-PN',
  'AS-SH-P1-DTN',
  'AS-SH-P1-KDV',
  'AS-SH-P2-PN',
  'AS-SH-P3',
  'AS-SH-MT',
];

/** A fresh app with the demo data, cookies of the admin, the city, two wards and a viewer of Phường 1, and unit ids. */
export async function openMembersApp() {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
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

/** The body of a quarter's count of 2026. */
export const entry = (
  unitId: number,
  periodIndex: number,
  members: number,
  admitted: number,
  left: number,
  extra: Record<string, unknown> = {},
) => ({
  unitId,
  periodKind: 'quarter',
  year: 2026,
  periodIndex,
  members,
  admitted,
  left,
  ...extra,
});

export const postCount = (t: TestApp, cookie: string, body: unknown) =>
  t.call({ method: 'POST', url: '/api/member-counts', cookie, body });

export async function listCounts(t: TestApp, cookie: string, params = '') {
  const response = await t.call({ method: 'GET', url: `/api/member-counts?${params}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { total: number; items: MemberCountSummary[] };
}

/**
 * The counts of 2026 the tests start from: quarters 1–3 of the women's union of Phường 1 (1,200,
 * 1,225, 1,300 members), Q2 of its youth union (410) and of the women's union of Phường 2 (980), and
 * May of the city's Fatherland Front (75). Returns the three quarters of the women's union.
 */
export async function recordQuarters(t: TestApp, cookies: Record<string, string>, ids: Record<string, number>) {
  const saved = async (cookie: string, body: unknown) => {
    const response = await postCount(t, cookie, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as MemberCountSaved;
  };
  const women = ids['AS-SH-P1-PN'];
  const q1 = await saved(
    cookies['phuong1.dv'],
    entry(women, 1, 1200, 30, 10, { referredToParty: 2, note: 'Hoà nhập cộng đồng' }),
  );
  const q2 = await saved(cookies['phuong1.dv'], entry(women, 2, 1225, 40, 15));
  const q3 = await saved(cookies['phuong1.dv'], entry(women, 3, 1300, 20, 5));
  await saved(cookies['phuong1.dv'], entry(ids['AS-SH-P1-DTN'], 2, 410, 25, 3));
  await saved(cookies['phuong2.dv'], entry(ids['AS-SH-P2-PN'], 2, 980, 12, 4));
  await saved(cookies['thanhpho.lanhdao'], { ...entry(ids['AS-SH-MT'], 5, 75, 1, 0), periodKind: 'month' });
  return { q1, q2, q3 };
}

/** Q2 of the women's union of Phường 1 corrected to 1,290 members and 100 admitted, as the edit test leaves it. */
export async function correctQ2(t: TestApp, cookie: string, ids: Record<string, number>, q2: MemberCountSaved) {
  const response = await t.call({
    method: 'PUT',
    url: `/api/member-counts/${q2.id}`,
    cookie,
    body: entry(ids['AS-SH-P1-PN'], 2, 1290, 100, 10, { note: 'Đã đối chiếu sổ hội viên' }),
  });
  expect(response.statusCode, response.body).toBe(200);
}

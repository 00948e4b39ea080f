// Factories for the commendation tests: an app with the accounts they sign in as, an award type
// with an example rule set, people with service histories and a campaign of the city.
import type { AwardType, CampaignDetail, PersonDetail } from '@danvan/shared';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { dayFromToday } from './tasks.js';

export { multipart } from './attachments.js';
export { dayFromToday };

const units = ['AS', 'AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-DD', 'AS-DD-TH'];

/** A fresh app with the demo data, cookies of the admin, province, city, wards and a viewer of Phường 1. */
export async function openCommendationsApp() {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  for (const user of [
    'admin',
    'tinh.dv',
    'tinh.lanhdao',
    'thanhpho.lanhdao',
    'phuong1.dv',
    'phuong2.dv',
    'phuong1.lanhdao',
  ])
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

export async function post<T>(t: TestApp, cookie: string, url: string, body: unknown, status = 201): Promise<T> {
  const response = await t.call({ method: 'POST', url, cookie, body });
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

/** An award type with an example rule set (not the regulation in force) from 2020. */
export async function medalType(t: TestApp, admin: string, code = 'KNC_TEST', rules?: unknown[]): Promise<AwardType> {
  const type = await post<AwardType>(t, admin, '/api/commendations/award-types', {
    code,
    name: `Kỷ niệm chương thử ${code}`,
    issuer: 'Ban Tuyên giáo và Dân vận Trung ương',
    level: 'central',
    recipients: 'individual',
    isMedal: true,
  });
  return post<AwardType>(t, admin, `/api/commendations/award-types/${type.id}/versions`, {
    effectiveFrom: '2020-01-01',
    name: 'Ví dụ minh họa — không phải quy định hiện hành',
    rules: rules ?? [
      { kind: 'service_years', minYears: 20, partTimeCoefficient: 0.5, difficultAreaFactor: 1.5 },
      { kind: 'once_per_person' },
      { kind: 'posthumous', allowed: true },
      { kind: 'no_discipline', lookbackYears: 5 },
    ],
  });
}

export async function addPerson(t: TestApp, cookie: string, body: Record<string, unknown>): Promise<PersonDetail> {
  return post<PersonDetail>(t, cookie, '/api/commendations/people', { position: 'Trưởng khối dân vận', ...body });
}

/** A campaign of the city for the tradition day, with quotas for Phường 1 (2) and Phường 2 (1). */
export async function cityCampaign(
  t: TestApp,
  cookie: string,
  awardTypeIds: number[],
  ids: Record<string, number>,
  more: Record<string, unknown> = {},
): Promise<CampaignDetail> {
  return post<CampaignDetail>(t, cookie, '/api/commendations/campaigns', {
    title: 'Xét tặng Kỷ niệm chương nhân Ngày truyền thống công tác dân vận 15/10',
    awardTypeIds,
    referenceDate: dayFromToday(30),
    deadline: dayFromToday(10),
    quotas: [
      { unitId: ids['AS-SH-P1'], quota: 2 },
      { unitId: ids['AS-SH-P2'], quota: 1 },
    ],
    ...more,
  });
}

export const period = (from: string | null, to: string | null, more: Record<string, unknown> = {}) => ({
  from,
  to,
  ...more,
});

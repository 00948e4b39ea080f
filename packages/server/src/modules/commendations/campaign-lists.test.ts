import type { CampaignDetail, NominationSummary, PersonSummary } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import {
  addPerson,
  cityCampaign,
  dayFromToday,
  medalType,
  openCommendationsApp,
  period,
  post,
} from '../../test/commendations.js';

// Quotas changed after the campaign opened, and the lists sorted and paged on the server with
// Vietnamese names ordered by given name.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

beforeEach(async () => {
  ({ t, cookies, ids } = await openCommendationsApp());
});
afterEach(() => t.close());

const get = (cookie: string, url: string) => t.call({ method: 'GET', url, cookie });
const putQuotas = (cookie: string, campaignId: number, quotas: { unitId: number; quota: number }[]) =>
  t.call({ method: 'PUT', url: `/api/commendations/campaigns/${campaignId}/quotas`, cookie, body: { quotas } });

async function wardNominees(campaign: CampaignDetail, awardTypeId: number, names: string[]) {
  for (const fullName of names) {
    const person = await addPerson(t, cookies['phuong1.dv'], {
      unitId: ids['AS-SH-P1'],
      fullName,
      periods: [period('1990-01-01', null, { ongoing: true })],
    });
    await post(t, cookies['phuong1.dv'], `/api/commendations/campaigns/${campaign.id}/nominations`, {
      awardTypeId,
      personId: person.id,
    });
  }
}

describe('campaign quotas after opening', () => {
  it('lets the owner change them while open, never below what a unit nominated, with an audit row', async () => {
    const type = await medalType(t, cookies.admin);
    const campaign = await cityCampaign(t, cookies['thanhpho.lanhdao'], [type.id], ids);
    expect(campaign.abilities.setQuotas).toBe(true);
    await wardNominees(campaign, type.id, ['Trần Thị Mai', 'Lê Văn Bình']);
    const p1 = ids['AS-SH-P1'];
    const p2 = ids['AS-SH-P2'];

    const below = await putQuotas(cookies['thanhpho.lanhdao'], campaign.id, [
      { unitId: p1, quota: 1 },
      { unitId: p2, quota: 1 },
    ]);
    expect(below.statusCode).toBe(422);
    expect(errorBody(below).code).toBe('quota_below_nominated');
    expect(errorBody(below).fields).toEqual([
      {
        path: 'body.quotas.0.quota',
        vi: 'Phường 1 đã đề nghị 2 hồ sơ, chỉ tiêu không thể là 1',
        en: 'Phường 1 has already made 2 nominations; the quota cannot be 1',
      },
    ]);
    const negative = await putQuotas(cookies['thanhpho.lanhdao'], campaign.id, [{ unitId: p1, quota: -1 }]);
    expect(negative.statusCode).toBe(400);
    expect(errorBody(negative).fields?.[0].path).toBe('body.quotas.0.quota');

    const changed = await putQuotas(cookies['thanhpho.lanhdao'], campaign.id, [
      { unitId: p1, quota: 3 },
      { unitId: ids['AS-SH-P3'], quota: 2 },
    ]);
    expect(changed.statusCode, changed.body).toBe(200);
    expect((changed.json() as CampaignDetail).quotas.map((q) => [q.unitName, q.quota, q.nominated])).toEqual([
      ['Phường 1', 3, 2],
      ['Phường 3', 2, 0],
    ]);
    const [audited] = await t.ownerQuery<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_log WHERE action = 'campaign.quotas'`,
    );
    expect(audited.before).toEqual({
      quotas: [
        { unitId: p1, quota: 2 },
        { unitId: p2, quota: 1 },
      ],
    });
    expect(audited.after).toEqual({
      quotas: [
        { unitId: p1, quota: 3 },
        { unitId: ids['AS-SH-P3'], quota: 2 },
      ],
    });

    // Not the owner (a ward, the province above), a viewer: refused; a unit out of scope: 404.
    expect((await putQuotas(cookies['phuong1.dv'], campaign.id, [])).statusCode).toBe(403);
    expect((await putQuotas(cookies['tinh.lanhdao'], campaign.id, [])).statusCode).toBe(403);
    expect((await putQuotas(cookies.viewer, campaign.id, [])).statusCode).toBe(403);
    const foreign = await putQuotas(cookies['thanhpho.lanhdao'], campaign.id, [{ unitId: ids['AS-DD-TH'], quota: 1 }]);
    expect(foreign.statusCode).toBe(404);
    expect(errorBody(foreign).fields?.[0].path).toBe('body.quotas.0.unitId');
    const ward = await post<CampaignDetail>(t, cookies['phuong1.dv'], '/api/commendations/campaigns', {
      title: 'Đợt xét của phường',
      awardTypeIds: [type.id],
      referenceDate: dayFromToday(30),
      deadline: dayFromToday(10),
    });
    expect((await putQuotas(cookies['phuong2.dv'], ward.id, [])).statusCode).toBe(404);
    expect((await putQuotas(cookies['thanhpho.lanhdao'], 999999, [])).statusCode).toBe(404);

    // Once decided, quotas no longer change.
    await t.ownerQuery(`UPDATE commendation_campaigns SET status = 'decided' WHERE id = $1`, [campaign.id]);
    const decided = await putQuotas(cookies['thanhpho.lanhdao'], campaign.id, [{ unitId: p1, quota: 5 }]);
    expect(decided.statusCode).toBe(409);
  });
});

describe('lists sorted and paged on the server', () => {
  it('orders people by given name, then family name, in Vietnamese alphabetical order', async () => {
    const names = ['Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Thị Bình', 'Nguyễn Thị Bình', 'Võ Văn Đức', 'Lê Thu'];
    for (const fullName of [...names].reverse())
      await addPerson(t, cookies['phuong1.dv'], { unitId: ids['AS-SH-P1'], fullName });
    const page = async (query: string) =>
      (
        (await get(cookies['phuong1.dv'], `/api/commendations/people?q=&${query}`)).json() as {
          total: number;
          items: PersonSummary[];
        }
      ).items.map((p) => p.fullName);
    const all = await page('sort=name&limit=100');
    expect(all.filter((n) => names.includes(n))).toEqual(names);
    const mine = all.filter((n) => names.includes(n));
    expect((await page('sort=-name&limit=100')).filter((n) => names.includes(n))).toEqual([...mine].reverse());
    const first = (await get(cookies['phuong1.dv'], '/api/commendations/people?sort=name&limit=2&offset=0')).json();
    const second = (await get(cookies['phuong1.dv'], '/api/commendations/people?sort=name&limit=2&offset=2')).json();
    expect(first.total).toBe(second.total);
    expect([...first.items, ...second.items].map((p: PersonSummary) => p.fullName)).toEqual(all.slice(0, 4));
    const bad = await get(cookies['phuong1.dv'], '/api/commendations/people?sort=birthday');
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('query.sort');
  });

  it('pages campaigns and nominations in the order asked', async () => {
    const type = await medalType(t, cookies.admin);
    const campaign = await cityCampaign(t, cookies['thanhpho.lanhdao'], [type.id], ids, {
      quotas: [{ unitId: ids['AS-SH-P1'], quota: 10 }],
    });
    await cityCampaign(t, cookies['thanhpho.lanhdao'], [type.id], ids, {
      title: 'Bằng khen tổng kết năm',
      referenceDate: dayFromToday(60),
    });
    const titles = async (query: string, cookie = cookies['thanhpho.lanhdao']) => {
      const body = (await get(cookie, `/api/commendations/campaigns?${query}`)).json();
      return { total: body.total as number, titles: body.items.map((c: { title: string }) => c.title) };
    };
    expect(await titles('sort=title')).toEqual({
      total: 2,
      titles: ['Bằng khen tổng kết năm', campaign.title],
    });
    expect(await titles('sort=-referenceDate&limit=1&offset=1')).toEqual({ total: 2, titles: [campaign.title] });

    await wardNominees(campaign, type.id, ['Trần Thị Mai', 'Lê Văn Bình', 'Đỗ Thị Yến', 'Phan Văn Ân']);
    const nominees = async (query: string, cookie = cookies['thanhpho.lanhdao']) => {
      const response = await get(cookie, `/api/commendations/campaigns/${campaign.id}/nominations?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as { total: number; items: NominationSummary[] };
      return { total: body.total, names: body.items.map((n) => n.nomineeName) };
    };
    expect(await nominees('sort=name')).toEqual({
      total: 4,
      names: ['Phan Văn Ân', 'Lê Văn Bình', 'Trần Thị Mai', 'Đỗ Thị Yến'],
    });
    expect(await nominees('sort=-name&limit=2&offset=2')).toEqual({
      total: 4,
      names: ['Lê Văn Bình', 'Phan Văn Ân'],
    });
    expect((await nominees('q=yen')).names).toEqual(['Đỗ Thị Yến']);
    expect((await nominees('kind=collective')).total).toBe(0);
    // Another ward sees none of Phường 1's; a campaign out of sight is 404; a bad sort is 400.
    expect((await nominees('sort=name', cookies['phuong2.dv'])).total).toBe(0);
    expect((await get(cookies['phuong1.dv'], '/api/commendations/campaigns/999999/nominations')).statusCode).toBe(404);
    const bad = await get(cookies['phuong1.dv'], `/api/commendations/campaigns/${campaign.id}/nominations?sort=x`);
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('query.sort');
  });
});

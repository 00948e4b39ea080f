import type { AwardType, CampaignDetail, PersonDetail, PersonSummary } from '@danvan/shared';
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

// Award types and rule versions (admin only), the people register (what viewers may not see), and
// the scope and role of each route.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

beforeEach(async () => {
  ({ t, cookies, ids } = await openCommendationsApp());
});
afterEach(() => t.close());

const get = (cookie: string, url: string) => t.call({ method: 'GET', url, cookie });

describe('award types and rule versions', () => {
  it('lets administrators alone add types and dated rule versions, keeping the old ones', async () => {
    const type = await medalType(t, cookies.admin);
    expect(type.versions.map((v) => v.name)).toEqual(['Ví dụ minh họa — không phải quy định hiện hành']);
    const next = await post<AwardType>(t, cookies.admin, `/api/commendations/award-types/${type.id}/versions`, {
      effectiveFrom: '2026-01-01',
      name: 'Ví dụ minh họa 2026 — không phải quy định hiện hành',
      rules: [{ kind: 'service_years', minYears: 15, partTimeCoefficient: 0.5, difficultAreaFactor: 1 }],
    });
    expect(next.versions.map((v) => v.effectiveFrom)).toEqual(['2026-01-01', '2020-01-01']);
    const body = { code: 'BK_TINH', name: 'Bằng khen', issuer: 'Tỉnh ủy', level: 'province', recipients: 'both' };
    for (const user of ['tinh.dv', 'thanhpho.lanhdao', 'viewer'])
      expect(
        (await t.call({ method: 'POST', url: '/api/commendations/award-types', cookie: cookies[user], body }))
          .statusCode,
      ).toBe(403);
    const taken = await t.call({
      method: 'POST',
      url: '/api/commendations/award-types',
      cookie: cookies.admin,
      body: { ...body, code: 'KNC_TEST' },
    });
    expect(taken.statusCode).toBe(409);
    expect(errorBody(taken).fields?.[0].path).toBe('body.code');
    const again = await t.call({
      method: 'POST',
      url: `/api/commendations/award-types/${type.id}/versions`,
      cookie: cookies.admin,
      body: { effectiveFrom: '2020-01-01', name: 'X', rules: [] },
    });
    expect(again.statusCode).toBe(409);
    const badRule = await t.call({
      method: 'POST',
      url: `/api/commendations/award-types/${type.id}/versions`,
      cookie: cookies.admin,
      body: { effectiveFrom: '2027-01-01', name: 'X', rules: [{ kind: 'service_years', minYears: -1 }] },
    });
    expect(badRule.statusCode).toBe(400);
    expect(errorBody(badRule).fields?.[0].path).toMatch(/^body\.rules/);
    const badCode = await t.call({
      method: 'POST',
      url: '/api/commendations/award-types',
      cookie: cookies.admin,
      body: { ...body, code: 'bk tinh' },
    });
    expect(badCode.statusCode).toBe(400);
    expect((await get(cookies.viewer, '/api/commendations/award-types')).statusCode).toBe(200);
    expect(
      (await t.call({ method: 'PUT', url: '/api/commendations/award-types/999999', cookie: cookies.admin, body }))
        .statusCode,
    ).toBe(404);
  });
});

describe('the people register', () => {
  it('keeps personal data from viewers, people within scope, and searches without accents', async () => {
    const type = await medalType(t, cookies.admin);
    const person = await addPerson(t, cookies['phuong1.dv'], {
      unitId: ids['AS-SH-P1'],
      fullName: 'Nguyễn Thị Hường',
      birthYear: 1970,
      gender: 'female',
      periods: [period('2000-01-01', null, { ongoing: true })],
      awards: [{ awardTypeId: type.id, decision: '12-QĐ/TW', awardedOn: '2015-10-15' }],
      disciplines: [{ form: 'Khiển trách', decidedOn: '2010-05-01' }],
    });
    expect(person).toMatchObject({ birthYear: 1970, personalDetails: true, abilities: { update: true } });
    expect(person.disciplines).toHaveLength(1);
    const asViewer = (await get(cookies.viewer, `/api/commendations/people/${person.id}`)).json() as PersonDetail;
    expect(asViewer).toMatchObject({
      fullName: 'Nguyễn Thị Hường',
      birthYear: null,
      gender: null,
      personalDetails: false,
    });
    expect(asViewer.periods).toEqual([]);
    expect(asViewer.disciplines).toEqual([]);
    expect(asViewer.awards).toHaveLength(1);
    expect(asViewer.abilities.update).toBe(false);
    const list = (await get(cookies.viewer, '/api/commendations/people?q=huong')).json() as { items: PersonSummary[] };
    expect(list.items.map((p) => [p.fullName, p.birthYear])).toEqual([['Nguyễn Thị Hường', null]]);
    expect((await get(cookies['thanhpho.lanhdao'], '/api/commendations/people?q=HUONG')).json().total).toBe(1);
    // Another ward: not found; a viewer: not allowed to write.
    expect((await get(cookies['phuong2.dv'], `/api/commendations/people/${person.id}`)).statusCode).toBe(404);
    expect((await get(cookies['phuong2.dv'], '/api/commendations/people?q=huong')).json().total).toBe(0);
    const edit = (cookie: string) =>
      t.call({
        method: 'PUT',
        url: `/api/commendations/people/${person.id}`,
        cookie,
        body: { unitId: ids['AS-SH-P1'], fullName: 'Nguyễn Thị Hường', birthYear: 1971 },
      });
    expect((await edit(cookies.viewer)).statusCode).toBe(403);
    expect((await edit(cookies['phuong2.dv'])).statusCode).toBe(404);
    expect((await edit(cookies['phuong1.dv'])).json().birthYear).toBe(1971);
    const outside = await t.call({
      method: 'POST',
      url: '/api/commendations/people',
      cookie: cookies['phuong1.dv'],
      body: { unitId: ids['AS-SH-P2'], fullName: 'Người phường khác' },
    });
    expect(outside.statusCode).toBe(404);
    expect(errorBody(outside).fields?.[0].path).toBe('body.unitId');
    const viewerAdds = await t.call({
      method: 'POST',
      url: '/api/commendations/people',
      cookie: cookies.viewer,
      body: { unitId: ids['AS-SH-P1'], fullName: 'X' },
    });
    expect(viewerAdds.statusCode).toBe(403);
    const bad = await t.call({
      method: 'POST',
      url: '/api/commendations/people',
      cookie: cookies['phuong1.dv'],
      body: { unitId: ids['AS-SH-P1'], fullName: 'X', periods: [{ from: '2020-01-01', to: '2019-01-01' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('body.periods.0.to');
    const xlsx = await get(cookies.viewer, '/api/commendations/people/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const history = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'commendation_person' ORDER BY id`,
    );
    expect(history.map((h) => h.action)).toEqual(['commendation_person.create', 'commendation_person.update']);
  });
});

describe('campaign routes: scope and roles', () => {
  it('opens campaigns for the units below, refusing viewers, bad dates and units out of scope', async () => {
    const type = await medalType(t, cookies.admin);
    const campaign = await cityCampaign(t, cookies['thanhpho.lanhdao'], [type.id], ids);
    expect(campaign.quotas.map((q) => [q.unitName, q.quota])).toEqual([
      ['Phường 1', 2],
      ['Phường 2', 1],
    ]);
    // A ward sees the city's campaign and only its own quota; another district does not see it.
    const ward = (
      await get(cookies['phuong1.dv'], `/api/commendations/campaigns/${campaign.id}`)
    ).json() as CampaignDetail;
    expect(ward.quotas.map((q) => q.unitName)).toEqual(['Phường 1']);
    expect(ward.abilities).toMatchObject({ nominate: true, decide: false });
    expect((await get(cookies.viewer, `/api/commendations/campaigns/${campaign.id}`)).json().abilities.nominate).toBe(
      false,
    );
    const district = await t.login('admin');
    expect((await get(district, `/api/commendations/campaigns/${campaign.id}`)).statusCode).toBe(200);
    const body = {
      title: 'Đợt xét',
      awardTypeIds: [type.id],
      referenceDate: dayFromToday(30),
      deadline: dayFromToday(10),
    };
    const viewer = await t.call({ method: 'POST', url: '/api/commendations/campaigns', cookie: cookies.viewer, body });
    expect(viewer.statusCode).toBe(403);
    const late = await t.call({
      method: 'POST',
      url: '/api/commendations/campaigns',
      cookie: cookies['thanhpho.lanhdao'],
      body: { ...body, deadline: dayFromToday(40) },
    });
    expect(late.statusCode).toBe(400);
    expect(errorBody(late).fields?.[0].path).toBe('body.deadline');
    const foreign = await t.call({
      method: 'POST',
      url: '/api/commendations/campaigns',
      cookie: cookies['thanhpho.lanhdao'],
      body: { ...body, quotas: [{ unitId: ids['AS-DD-TH'], quota: 1 }] },
    });
    expect(foreign.statusCode).toBe(404);
    expect(errorBody(foreign).fields?.[0].path).toBe('body.quotas.0.unitId');
    const noType = await t.call({
      method: 'POST',
      url: '/api/commendations/campaigns',
      cookie: cookies['thanhpho.lanhdao'],
      body: { ...body, awardTypeIds: [999999] },
    });
    expect(noType.statusCode).toBe(404);
    expect((await get(cookies['phuong1.dv'], '/api/commendations/campaigns/999999')).statusCode).toBe(404);
    expect((await get(cookies['phuong1.dv'], '/api/commendations/campaigns?q=ky niem')).json().total).toBe(1);
    expect(
      (await get(cookies['thanhpho.lanhdao'], `/api/commendations/campaigns/${campaign.id}/history`)).json(),
    ).toHaveLength(1);
  });
});

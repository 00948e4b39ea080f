import type { AwardType, CampaignDetail } from '@danvan/shared';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { paragraphs, tableRows } from '../../test/report-export.js';
import {
  addPerson,
  cityCampaign,
  dayFromToday,
  medalType,
  openCommendationsApp,
  post,
} from '../../test/commendations.js';

// A collective (a unit: "tập thể") nominated next to a person, through the vote and the decision, to
// the list where collectives come first, each recipient under the unit it belongs to.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

beforeEach(async () => {
  ({ t, cookies, ids } = await openCommendationsApp());
});
afterEach(() => t.close());

const nominate = (cookie: string, campaignId: number, body: Record<string, unknown>) =>
  t.call({ method: 'POST', url: `/api/commendations/campaigns/${campaignId}/nominations`, cookie, body });

describe('collective nominations', () => {
  it('go through the vote and the decision and are listed first, under their parent unit', async () => {
    const type = await post<AwardType>(t, cookies.admin, '/api/commendations/award-types', {
      code: 'GK_TEST',
      name: 'Giấy khen của Ban Dân vận Thành ủy',
      issuer: 'Ban Dân vận Thành ủy Sơn Hà',
      level: 'district',
      recipients: 'both',
    });
    await post(t, cookies.admin, `/api/commendations/award-types/${type.id}/versions`, {
      effectiveFrom: '2020-01-01',
      name: 'Ví dụ minh họa — không phải quy định hiện hành',
      rules: [{ kind: 'no_discipline', lookbackYears: 2 }],
    });
    const medal = await medalType(t, cookies.admin);
    const city = cookies['thanhpho.lanhdao'];
    const campaign = await cityCampaign(t, city, [type.id, medal.id], ids);
    expect(campaign.awardTypes.map((a) => a.recipients)).toEqual(['both', 'individual']);
    const union = await t.unitId('AS-SH-P1-PN');

    // A collective for an award given to individuals only, or out of the unit's scope: refused.
    const individualOnly = await nominate(cookies['phuong1.dv'], campaign.id, {
      awardTypeId: medal.id,
      collectiveUnitId: union,
    });
    expect(individualOnly.statusCode).toBe(400);
    expect(errorBody(individualOnly).fields?.[0].path).toBe('body.collectiveUnitId');
    const foreign = await nominate(cookies['phuong2.dv'], campaign.id, {
      awardTypeId: type.id,
      collectiveUnitId: union,
    });
    expect(foreign.statusCode).toBe(404);

    // The ward nominates its women's union; the city nominates one of the ward's officials.
    const byWard = await nominate(cookies['phuong1.dv'], campaign.id, {
      awardTypeId: type.id,
      collectiveUnitId: union,
      achievements: 'Dẫn đầu phong trào "Dân vận khéo" của phường.',
    });
    expect(byWard.statusCode, byWard.body).toBe(201);
    const collective = (byWard.json() as CampaignDetail).nominations[0];
    expect(collective).toMatchObject({ nomineeName: 'Hội Liên hiệp Phụ nữ Phường 1', personId: null, position: '' });
    expect(collective.check).toEqual({ outcome: 'met', criteria: [] });
    const official = await addPerson(t, cookies['phuong1.dv'], { unitId: ids['AS-SH-P1'], fullName: 'Võ Thị Lan' });
    const byCity = await nominate(city, campaign.id, { awardTypeId: type.id, personId: official.id });
    expect(byCity.statusCode, byCity.body).toBe(201);
    const person = (byCity.json() as CampaignDetail).nominations.find((n) => n.personId === official.id);

    const act = (cookie: string, id: number, verb: string, body: unknown = {}) =>
      post<CampaignDetail>(t, cookie, `/api/commendations/nominations/${id}/${verb}`, body, 200);
    await act(cookies['phuong1.dv'], collective.id, 'submit');
    await act(city, collective.id, 'approve');
    await act(city, person?.id ?? 0, 'submit');
    for (const id of [collective.id, person?.id ?? 0])
      await act(city, id, 'vote', { members: 7, inFavour: 7, against: 0, abstaining: 0 });
    const decided = await post<CampaignDetail>(t, city, `/api/commendations/campaigns/${campaign.id}/decisions`, {
      awardTypeId: type.id,
      number: '45-QĐ/BDVTU',
      signedOn: dayFromToday(0),
      issuer: 'Ban Dân vận Thành ủy Sơn Hà',
    });
    expect(decided.decisions[0].recipients.map((r) => [r.collective, r.name, r.unitName])).toEqual([
      [true, 'Hội Liên hiệp Phụ nữ Phường 1', 'Phường 1'],
      [false, 'Võ Thị Lan', 'Phường 1'],
    ]);

    const word = await t.call({
      method: 'GET',
      url: `/api/commendations/campaigns/${campaign.id}/decisions/${decided.decisions[0].id}/recipients.docx`,
      cookie: city,
    });
    const xml = (await (await JSZip.loadAsync(word.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    const text = paragraphs(xml);
    expect(text).toContain(`tập thể, cá nhân được tặng ${type.name}`);
    expect(text).toContain('I. TẬP THỂ');
    expect(text).toContain('II. CÁ NHÂN');
    expect(text).toContain('Danh sách này có 1 tập thể và 1 cá nhân./.');
    expect(tableRows(xml).filter((r) => r[0] === 'STT' || /^\d+$/.test(r[0]))).toEqual([
      ['STT', 'Tên tập thể', 'Đơn vị'],
      ['1', 'Hội Liên hiệp Phụ nữ Phường 1', 'Phường 1'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị'],
      ['1', 'Võ Thị Lan', '', 'Trưởng khối dân vận', 'Phường 1'],
    ]);
    // The indicators count the collective apart.
    const [counted] = await t.ownerQuery<{ collectives: number }>(
      `SELECT count(*) FILTER (WHERE collective_unit_id IS NOT NULL)::int AS collectives FROM commendation_recipients`,
    );
    expect(counted.collectives).toBe(1);
  });
});

import {
  awardTypeBody,
  campaignBody,
  commendationDecisionBody,
  nominationBody,
  personBody,
  ruleVersionBody,
  type AwardType,
  type CampaignDetail,
} from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { actorFor } from '../modules/auth/index.js';
import {
  addRuleVersion,
  approveNomination,
  createAwardType,
  createCampaign,
  createPerson,
  decide,
  nominate,
  recordVote,
  submitNomination,
} from '../modules/commendations/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { vietnamDay } from '../time.js';

const ip = '127.0.0.1';
/** Every rule set of the demo says it is an example: the regulation in force is entered by an administrator. */
const EXAMPLE = 'Ví dụ minh họa — không phải quy định hiện hành';

const shift = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** The tradition day of mass-mobilization work (15/10): the last one before today, and the next one from today. */
function traditionDays(today: string) {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-10-15`;
  return today > thisYear
    ? { last: thisYear, next: `${year + 1}-10-15` }
    : { last: `${year - 1}-10-15`, next: thisYear };
}

async function seedAwardTypes(db: Database, admin: Actor): Promise<Record<string, AwardType>> {
  const types: Record<string, AwardType> = {};
  const add = async (input: unknown) => {
    const type = await createAwardType(db, admin, awardTypeBody.parse(input), ip);
    types[type.code] = type;
  };
  await add({
    code: 'HUAN_CHUONG_LD3',
    name: 'Huân chương Lao động hạng Ba',
    issuer: 'Chủ tịch nước',
    level: 'central',
    recipients: 'both',
  });
  await add({
    code: 'KNC_DAN_VAN',
    name: 'Kỷ niệm chương "Vì sự nghiệp Dân vận"',
    issuer: 'Ban Tuyên giáo và Dân vận Trung ương',
    level: 'central',
    recipients: 'individual',
    isMedal: true,
    reportAs: 'medal_dan_van',
  });
  await add({
    code: 'KNC_DAI_DOAN_KET',
    name: 'Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc"',
    issuer: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    level: 'central',
    recipients: 'individual',
    isMedal: true,
    reportAs: 'medal_dai_doan_ket',
  });
  await add({
    code: 'BANG_KHEN_TINH_UY',
    name: 'Bằng khen của Ban Thường vụ Tỉnh ủy An Sơn',
    issuer: 'Ban Thường vụ Tỉnh ủy An Sơn',
    level: 'province',
    recipients: 'both',
    reportAs: 'merit_certificate',
  });
  await add({
    code: 'GIAY_KHEN_BDV',
    name: 'Giấy khen của Ban Dân vận Thành ủy Sơn Hà',
    issuer: 'Ban Dân vận Thành ủy Sơn Hà',
    level: 'district',
    recipients: 'both',
    reportAs: 'commendation_certificate',
  });
  const medalRules = [
    { kind: 'service_years', minYears: 20, partTimeCoefficient: 0.5, difficultAreaFactor: 1.5 },
    { kind: 'once_per_person' },
    { kind: 'posthumous', allowed: true },
    { kind: 'no_discipline', lookbackYears: 5 },
  ];
  const version = (code: string, effectiveFrom: string, rules: unknown[], name = EXAMPLE) =>
    addRuleVersion(
      db,
      admin,
      types[code].id,
      ruleVersionBody.parse({ effectiveFrom, name, legalBasis: 'Ví dụ để trình diễn hệ thống', rules }),
      ip,
    );
  // Two versions of the medal's rules: the later adds a priority reduction; the earlier stays for older campaigns.
  await version('KNC_DAN_VAN', '2018-01-01', medalRules, `${EXAMPLE} (2018)`);
  await version('KNC_DAN_VAN', '2025-01-01', [
    ...medalRules,
    { kind: 'priority_reduction', awardTypeCode: 'HUAN_CHUONG_LD3', reduceYears: 5 },
  ]);
  await version('KNC_DAI_DOAN_KET', '2018-01-01', medalRules);
  await version('BANG_KHEN_TINH_UY', '2020-01-01', [{ kind: 'no_discipline', lookbackYears: 2 }]);
  return types;
}

/**
 * The city's campaign for the medal "Vì sự nghiệp Dân vận" on the tradition day (15/10): last year's,
 * decided (a council vote, a decision and its recipients); this year's, with the wards' nominations —
 * one passes, one fails its criteria (too few years, and a reprimand), one cannot be told (a missing
 * date), one waits for the city's approval — left for the council's vote and the decision.
 */
export async function seedDemoCommendations(db: Database, admin: Actor): Promise<void> {
  const city = (await actorFor(db, 'thanhpho.lanhdao')) as Actor;
  const ward1 = (await actorFor(db, 'phuong1.dv')) as Actor;
  const ward2 = (await actorFor(db, 'phuong2.dv')) as Actor;
  const units = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, ['AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3']));
  const unit = (code: string) => units.find((u) => u.code === code)?.id as number;
  const types = await seedAwardTypes(db, admin);
  const medal = types.KNC_DAN_VAN.id;
  const { last, next } = traditionDays(vietnamDay());

  const person = async (actor: Actor, input: Record<string, unknown>) =>
    (await createPerson(db, actor, personBody.parse(input), ip)).id;
  const full = (from: string | null, to: string | null, more: Record<string, unknown> = {}) => ({
    from,
    to,
    ongoing: to === null && from !== null,
    ...more,
  });
  const lan = await person(ward1, {
    unitId: unit('AS-SH-P1'),
    fullName: 'Võ Thị Lan',
    birthYear: 1962,
    gender: 'female',
    position: 'Nguyên Trưởng khối dân vận phường',
    periods: [full('1990-03-01', '2022-06-30', { position: 'Trưởng khối dân vận phường' })],
  });
  const son = await person(ward2, {
    unitId: unit('AS-SH-P2'),
    fullName: 'Đặng Văn Sơn',
    birthYear: 1958,
    gender: 'male',
    position: 'Nguyên Chủ tịch Ủy ban MTTQ phường',
    deceased: true,
    deceasedOn: shift(last, -200),
    periods: [full('1985-01-01', '2018-12-31', { position: 'Chủ tịch Ủy ban MTTQ phường' })],
  });
  const hanh = await person(ward1, {
    unitId: unit('AS-SH-P1'),
    fullName: 'Nguyễn Thị Hạnh',
    birthYear: 1970,
    gender: 'female',
    position: 'Trưởng khối dân vận phường',
    periods: [
      full('2001-03-01', '2009-12-31', { position: 'Cán bộ Hội Liên hiệp Phụ nữ phường' }),
      full('2010-01-01', null, { position: 'Trưởng khối dân vận phường' }),
    ],
  });
  const hung = await person(ward1, {
    unitId: unit('AS-SH-P1'),
    fullName: 'Trần Văn Hùng',
    birthYear: 1988,
    gender: 'male',
    position: 'Phó Chủ tịch Ủy ban MTTQ phường',
    periods: [full('2014-07-01', null, { position: 'Phó Chủ tịch Ủy ban MTTQ phường' })],
    disciplines: [{ form: 'Khiển trách', decidedOn: shift(next, -900) }],
  });
  const thu = await person(ward2, {
    unitId: unit('AS-SH-P2'),
    fullName: 'Lê Thị Thu',
    birthYear: 1975,
    gender: 'female',
    position: 'Chủ tịch Hội Liên hiệp Phụ nữ phường',
    // The start of her first period is not on file: the check cannot tell.
    periods: [
      full(null, '2008-12-31', { position: 'Cán bộ Đoàn phường', fullTime: false }),
      full('2009-01-01', null, { position: 'Chủ tịch Hội Liên hiệp Phụ nữ phường' }),
    ],
  });
  const tam = await person(ward2, {
    unitId: unit('AS-SH-P2'),
    fullName: 'Phạm Minh Tâm',
    birthYear: 1966,
    gender: 'male',
    position: 'Bí thư Chi bộ khu phố 3',
    periods: [
      full('1992-01-01', '2010-12-31', { position: 'Trưởng ban công tác Mặt trận khu phố' }),
      full('2011-01-01', null, { position: 'Bí thư Chi bộ khu phố 3', fullTime: false }),
    ],
    awards: [{ awardTypeId: types.HUAN_CHUONG_LD3.id, decision: '1520/QĐ-CTN', awardedOn: '2019-09-02' }],
  });

  const open = (title: string, referenceDate: string, quotas: [string, number][]) =>
    createCampaign(
      db,
      city,
      campaignBody.parse({
        title,
        awardTypeIds: [medal],
        referenceDate,
        deadline: shift(referenceDate, -25),
        quotas: quotas.map(([code, quota]) => ({ unitId: unit(code), quota })),
      }),
      ip,
    );
  const propose = async (
    actor: Actor,
    campaign: CampaignDetail,
    personId: number,
    achievements: string,
    on: string,
  ) => {
    const detail = await nominate(
      db,
      actor,
      campaign.id,
      nominationBody.parse({ awardTypeId: medal, personId, achievements }),
      ip,
      on,
    );
    return detail.nominations.find((n) => n.personId === personId)?.id as number;
  };

  // Last year's campaign, decided.
  const before = await open(
    `Xét đề nghị tặng Kỷ niệm chương "Vì sự nghiệp Dân vận" năm ${last.slice(0, 4)} nhân Ngày truyền thống công tác dân vận (15/10)`,
    last,
    [
      ['AS-SH-P1', 1],
      ['AS-SH-P2', 1],
    ],
  );
  const lastDay = shift(last, -35);
  const done = [
    await propose(ward1, before, lan, 'Hơn 30 năm làm công tác dân vận ở cơ sở.', lastDay),
    await propose(ward2, before, son, 'Truy tặng: 34 năm công tác Mặt trận ở phường.', lastDay),
  ];
  for (const [id, actor] of [
    [done[0], ward1],
    [done[1], ward2],
  ] as const) {
    await submitNomination(db, actor, id, ip);
    await approveNomination(db, city, id, 'Đủ tiêu chuẩn, đề nghị Hội đồng xét.', ip);
    await recordVote(db, city, id, { members: 9, inFavour: 9, against: 0, abstaining: 0 }, ip);
  }
  await decide(
    db,
    city,
    before.id,
    commendationDecisionBody.parse({
      awardTypeId: medal,
      number: '512-QĐ/BTGDVTW',
      signedOn: shift(last, -5),
      issuer: 'Ban Tuyên giáo và Dân vận Trung ương',
      signer: '',
    }),
    ip,
  );

  // This year's campaign, under way.
  const current = await open(
    `Xét đề nghị tặng Kỷ niệm chương "Vì sự nghiệp Dân vận" năm ${next.slice(0, 4)} nhân Ngày truyền thống công tác dân vận (15/10)`,
    next,
    [
      ['AS-SH-P1', 2],
      ['AS-SH-P2', 2],
      ['AS-SH-P3', 1],
    ],
  );
  const today = vietnamDay();
  const on = today < shift(next, -25) ? today : shift(next, -30);
  const passing = await propose(
    ward1,
    current,
    hanh,
    'Gần 25 năm công tác dân vận; khối dân vận phường nhiều năm hoàn thành xuất sắc nhiệm vụ.',
    on,
  );
  const failing = await propose(ward1, current, hung, 'Tích cực vận động Nhân dân hiến đất làm đường.', on);
  const unknown = await propose(ward2, current, thu, 'Chủ tịch Hội Phụ nữ phường từ năm 2009.', on);
  const reduced = await propose(ward2, current, tam, 'Gắn bó công tác Mặt trận và dân vận ở khu phố hơn 30 năm.', on);
  for (const id of [passing, failing]) await submitNomination(db, ward1, id, ip);
  for (const id of [unknown, reduced]) await submitNomination(db, ward2, id, ip);
  await approveNomination(db, city, passing, 'Đủ tiêu chuẩn, trình Hội đồng.', ip);
  await approveNomination(db, city, reduced, 'Đủ tiêu chuẩn, trình Hội đồng.', ip);
}

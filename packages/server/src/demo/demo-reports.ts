import type { DocumentType, ModelField, ValueInput } from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { createDocument } from '../modules/documents/index.js';
import { actorFor } from '../modules/auth/index.js';
import { copyCatalogueToYear, getCatalogue } from '../modules/indicators/index.js';
import { getReportOfUnit, openRound, saveReport, transitionReport } from '../modules/reports/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { vietnamDay } from '../time.js';
import { wardCodes } from './demo-data.js';
import { seedCityReport } from './demo-city-report.js';
import { seededRandom } from './seeded-random.js';

const ip = '127.0.0.1';
/** Years of 9-month rounds, so the dashboard's trend has five points. */
const YEARS = 5;
/** Why the figures of years before the system carry a hand value over a computed one. */
const PAPER_REASON = 'Số liệu chuyển từ báo cáo giấy, khi đơn vị chưa ghi văn bản, mô hình vào phần mềm';

/** Deterministic pseudo-random numbers, so the demo looks the same on every machine. */
/** What a ward records in a period: documents per type and "Dân vận khéo" models per field. */
function records(seed: number) {
  const next = seededRandom(seed);
  const documents: [DocumentType, number][] = [
    ['KH', next(3, 9)],
    ['BC', next(4, 12)],
    ['CV', next(5, 20)],
    ['QĐ', next(1, 5)],
    ['TB', next(1, 4)],
  ];
  const fields: ModelField[] = ['economy', 'culture_society', 'defense_security', 'political_system'];
  const models = Array.from({ length: next(2, 6) }, (_, i) => fields[(i + seed) % fields.length]);
  return { documents, models, recognised: Math.min(models.length, next(0, 2)) };
}

/** The figures the records give, as a report of a year before the system states them by hand. */
function recordFigures(r: ReturnType<typeof records>): ValueInput[] {
  const documentCodes: Partial<Record<DocumentType, string>> = {
    KH: 'VB_KH',
    BC: 'VB_BC',
    CV: 'VB_CV',
    QĐ: 'VB_QD',
    TB: 'VB_TB',
  };
  const fieldCodes: Record<ModelField, string> = {
    economy: 'MH_KINH_TE',
    culture_society: 'MH_VHXH',
    defense_security: 'MH_QPAN',
    political_system: 'MH_XDHTCT',
  };
  const byField = new Map<string, number>();
  for (const field of r.models) byField.set(fieldCodes[field], (byField.get(fieldCodes[field]) ?? 0) + 1);
  const figures: ValueInput[] = [
    ...r.documents.map(([type, count]) => ({ code: documentCodes[type] as string, value: count })),
    { code: 'VB_TONG', value: r.documents.reduce((sum, [, count]) => sum + count, 0) },
    { code: 'MH_DANG_KY', value: r.models.length },
    { code: 'MH_CONG_NHAN', value: r.recognised },
    ...[...byField].map(([code, value]) => ({ code, value })),
  ];
  return figures.map((figure) => ({ ...figure, adjustReason: PAPER_REASON }));
}

/** Figures no module computes: entered by hand in every year. */
function enteredFigures(seed: number): ValueInput[] {
  const next = seededRandom(seed * 7 + 3);
  const raised = next(20, 60);
  return [
    { code: 'KT_GS', value: next(1, 4) },
    { code: 'HN_QT', value: next(2, 6) },
    { code: 'HN_QT_NGUOI', value: next(150, 600) },
    { code: 'DT_CUOC', value: next(1, 3) },
    { code: 'DT_NGUOI', value: next(80, 300) },
    { code: 'DT_YKIEN', value: raised },
    { code: 'DT_YKIEN_GQ', value: raised - next(0, 10) },
    { code: 'DON_NHAN', value: next(3, 15) },
    { code: 'QUY_VNN', value: next(80, 250) },
    { code: 'QUY_VNN_KH', value: 200 },
    { code: 'HO_DAN', value: next(2500, 6000) },
    { code: 'HO_NGHEO', value: next(10, 80) },
    { code: 'KS_PHIEU', value: next(50, 200) },
    { code: 'KS_DIEM', value: next(70, 95) },
    { code: 'HO_VAN_HOA', value: next(2000, 2400), denominator: 2500 },
  ];
}

const documentTitles: Partial<Record<DocumentType, string>> = {
  KH: 'Kế hoạch',
  BC: 'Báo cáo',
  CV: 'Công văn',
  QĐ: 'Quyết định',
  TB: 'Thông báo',
};

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Spreads the i-th of n dates evenly over the part of the period that has already passed. */
function dateIn(period: { start: string; end: string }, i: number, n: number): string {
  const today = vietnamDay();
  const end = period.end < today ? period.end : today;
  const span = Math.max(0, (Date.parse(end) - Date.parse(period.start)) / 86_400_000);
  return addDays(period.start, Math.floor((span * (i + 1)) / (n + 1)));
}

/**
 * This year's documents of the wards, registered by each ward's bloc, so the forms arrive with
 * their counts; the models come from the movement seeded before (demo-models.ts).
 */
async function seedDocuments(
  db: Database,
  args: { admin: Actor; wards: { id: number; code: string }[]; year: number; period: { start: string; end: string } },
) {
  const { admin, wards, year, period } = args;
  const blocs = await asSystem(db, (sql) =>
    findOpenUnitsByCodes(
      sql,
      wards.map((ward) => `${ward.code}-KDV`),
    ),
  );
  const blocOf = new Map(blocs.map((bloc) => [bloc.code, bloc.id]));
  for (const [index, ward] of wards.entries()) {
    const r = records(year * 100 + index);
    const total = r.documents.reduce((sum, [, count]) => sum + count, 0);
    let k = 0;
    for (const [type, count] of r.documents) {
      for (let n = 1; n <= count; n += 1) {
        await createDocument(
          db,
          admin,
          {
            unitId: blocOf.get(`${ward.code}-KDV`) as number,
            type,
            symbol: `${n}-${type}/KDVP${index + 1}`,
            issuedOn: dateIn(period, k, total),
            signer: 'Nguyễn Văn An',
            title: `${documentTitles[type]} số ${n} của Khối dân vận Phường ${index + 1}`,
            summary: '',
            topics: [],
            role: 'issued',
          },
          ip,
        );
        k += 1;
      }
    }
  }
}

/** Opens the catalogue of each demo year that has none, copied from the year after. */
async function ensureCatalogues(db: Database, admin: Actor, years: number[]) {
  for (const year of [...years].sort((a, b) => b - a)) {
    const { indicators } = await getCatalogue(db, admin, year);
    if (indicators.length === 0) await copyCatalogueToYear(db, admin, year + 1, year, ip);
  }
}

/**
 * The city's 9-month rounds of the last five years: earlier years all approved, their figures
 * carried over from paper reports (so the trend and last-year comparison have something to show);
 * this year pre-filled from the documents and models the wards registered (models: seed them first), with wards at every
 * stage — approved, submitted, returned, still in draft. The city's own report (its board's documents and
 * work) is approved by the province's leader in the earlier years and left in draft this year.
 */
export async function seedDemoReports(db: Database, leader: Actor, admin: Actor): Promise<void> {
  // The level above the city approves the city's own report (the demo's province leader; the admin where the account is absent).
  const provinceLeader = (await actorFor(db, 'tinh.lanhdao')) ?? admin;
  const wardUnits = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, wardCodes));
  const wards = wardUnits
    .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
    .map((ward) => ({ id: ward.id, code: ward.code as string }));
  const [city] = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, ['AS-SH']));
  const now = new Date().getFullYear();
  const years = Array.from({ length: YEARS }, (_, i) => now - YEARS + 1 + i);
  await ensureCatalogues(db, admin, years);
  for (const year of years) {
    const period = { start: `${year - 1}-12-15`, end: `${year}-09-14` };
    if (year === now) await seedDocuments(db, { admin, wards, year, period });
    const round = await openRound(
      db,
      leader,
      {
        openerUnitId: city.id,
        template: 'nine_month',
        year,
        periodIndex: 1,
        periodStart: period.start,
        periodEnd: period.end,
        deadline: `${year}-09-25`,
        reportingUnitTypes: ['ward'],
      },
      ip,
    );
    for (const [index, ward] of wards.entries()) {
      // This year: ward 1 and 2 are left for the demo accounts to work on.
      const stage =
        year < now
          ? 'approved'
          : ['draft', 'draft', 'approved', 'approved', 'approved', 'submitted', 'returned', 'approved'][index];
      if (stage === 'draft') continue;
      const report = await getReportOfUnit(db, admin, round.id, ward.id);
      const values = [
        ...enteredFigures(year * 100 + index),
        ...(year < now ? recordFigures(records(year * 100 + index)) : []),
      ];
      await saveReport(db, admin, report.id, { values }, ip);
      await transitionReport(db, admin, report.id, 'submit', {}, ip);
      if (stage === 'approved') await transitionReport(db, leader, report.id, 'approve', {}, ip);
      if (stage === 'returned') {
        await transitionReport(
          db,
          leader,
          report.id,
          'return',
          { comment: 'Đề nghị bổ sung số liệu đối thoại và đơn thư.' },
          ip,
        );
      }
    }
    await seedCityReport(db, {
      admin,
      cityLeader: leader,
      provinceLeader,
      roundId: round.id,
      year,
      current: year === now,
      period,
    });
  }
}

// The report benchmark's dataset, built through the application's own services on a freshly
// migrated database with the demo accounts: a provincial city of 30 wards under the demo province
// and a province of 100 communes under the national root (units by the units module's import),
// each with a 9-month round of last year (every report approved) and of this year (all but ~10%
// of the wards or communes approved, the opener's own report approved last), filled with seeded
// hand figures that pass the catalogue's rules (migration 0016) and, for the opener, a narrative
// drafted from its figures as the form drafts it.
import type { ValueInput } from '@danvan/shared';
import type { Actor } from '../../packages/server/src/auth/authorize.js';
import type { Database } from '../../packages/server/src/db/client.js';
import { asSystem } from '../../packages/server/src/db/scope.js';
import { seededRandom } from '../../packages/server/src/demo/seeded-random.js';
import { ROOT_UNIT_ID } from '../../packages/server/src/demo/seed.js';
import { copyCatalogueToYear, getCatalogue } from '../../packages/server/src/modules/indicators/index.js';
import {
  draftNarrative,
  getReportOfUnit,
  openRound,
  saveReport,
  transitionReport,
} from '../../packages/server/src/modules/reports/index.js';
import { findOpenUnitsByCodes, runImport } from '../../packages/server/src/modules/units/index.js';

const ip = '127.0.0.1';
export const CURRENT_YEAR = 2026;
export const LAST_YEAR = CURRENT_YEAR - 1;
/** Of this year's wards/communes, every tenth is left unapproved: alternately submitted and still in draft. */
const UNAPPROVED_EVERY = 10;
const REASON = 'Số liệu theo sổ theo dõi của đơn vị, chưa ghi đủ vào phần mềm';

export interface AreaSpec {
  key: 'city30' | 'province100';
  code: string;
  name: string;
  type: string;
  /** Code of the existing parent, or null for the national root. */
  parentCode: string | null;
  committee: string;
  board: string;
  childType: 'ward' | 'commune';
  children: { code: string; name: string }[];
  /** Magnitudes of the opener's own work (a province's board does more than a city's). */
  scale: number;
}

const communePrefixes = ['Tân', 'Long', 'Phước', 'Hòa', 'An', 'Bình', 'Mỹ', 'Vĩnh', 'Thạnh', 'Phú'];
const communeSuffixes = ['Lợi', 'Thành', 'Hưng', 'Thuận', 'Lộc', 'Đông', 'Tây', 'Xuân', 'Khánh', 'Quới', 'Hiệp'];

/** 100 distinct commune names as the south-western provinces have them ("Xã Tân Lợi", "Xã Long Hưng"…). */
function communeNames(count: number): string[] {
  const names: string[] = [];
  for (const suffix of communeSuffixes) for (const prefix of communePrefixes) names.push(`Xã ${prefix} ${suffix}`);
  if (names.length < count) throw new Error(`only ${names.length} commune names`);
  return names.slice(0, count);
}

export function areaSpecs(): AreaSpec[] {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return [
    {
      key: 'city30',
      code: 'BC',
      name: 'Thành phố Bến Cát',
      type: 'provincial_city',
      parentCode: 'AS',
      committee: 'Thành ủy Bến Cát',
      board: 'Ban Dân vận Thành ủy Bến Cát',
      childType: 'ward',
      scale: 1,
      children: Array.from({ length: 30 }, (_, i) => ({ code: `BC-P${pad(i + 1, 2)}`, name: `Phường ${i + 1}` })),
    },
    {
      key: 'province100',
      code: 'TV',
      name: 'Tỉnh Trà Vân',
      type: 'province',
      parentCode: null,
      committee: 'Tỉnh ủy Trà Vân',
      board: 'Ban Dân vận Tỉnh ủy Trà Vân',
      childType: 'commune',
      scale: 3,
      children: communeNames(100).map((name, i) => ({ code: `TV-X${pad(i + 1, 3)}`, name })),
    },
  ];
}

/** The rows of the units import: each area, its party committee and board, and each ward or commune with its committee and bloc. */
export function unitRows(specs: AreaSpec[]) {
  const units = specs.flatMap((spec) => [
    { code: spec.code, name: spec.name, type: spec.type, parentCode: spec.parentCode },
    { code: `${spec.code}-TU`, name: spec.committee, type: 'party_committee', parentCode: spec.code },
    { code: `${spec.code}-BDV`, name: spec.board, type: 'mass_mobilization_board', parentCode: spec.code },
    ...spec.children.flatMap((child) => [
      { code: child.code, name: child.name, type: spec.childType, parentCode: spec.code },
      { code: `${child.code}-DU`, name: `Đảng ủy ${child.name}`, type: 'party_committee', parentCode: child.code },
      {
        code: `${child.code}-KDV`,
        name: `Khối dân vận ${child.name}`,
        type: 'mass_mobilization_bloc',
        parentCode: child.code,
      },
    ]),
  ]);
  return units.map((unit, index) => ({ row: index + 1, ...unit, openedOn: '2015-01-01' }));
}

/** Varies a unit's base figure by ±10% from one year to the next. */
const drift = (base: number, next: (min: number, max: number) => number) =>
  Math.max(0, Math.round((base * next(90, 110)) / 100));

/**
 * What a ward or commune states for a 9-month period (~35 figures): households and residents,
 * documents, briefings, citizens received, dialogues, petitions, members, the fund for the poor,
 * mediation, the satisfaction survey. Each stays within its rules: parts at most their whole
 * (resolved ≤ received ≤ …), coverages at most their total, the score 0–100, whole numbers.
 */
export function localFigures(unitIndex: number, year: number, commune: boolean): ValueInput[] {
  const base = seededRandom(unitIndex * 7919 + (commune ? 104_729 : 0) + 1);
  const next = seededRandom(unitIndex * 7919 + year * 31 + (commune ? 15_485_863 : 0));
  const v = (min: number, max: number) => drift(base(min, max), next);
  const households = v(commune ? 1500 : 2500, commune ? 4500 : 6000);
  const poor = Math.min(households, v(commune ? 30 : 10, commune ? 250 : 80));
  const cultured = Math.round((households * next(80, 95)) / 100);
  const plans = v(3, 9);
  const reports = v(4, 12);
  const letters = v(5, 20);
  const documents = plans + reports + letters + next(0, 6);
  const receptions = v(10, 60);
  const raised = v(20, 60);
  const received = v(3, 15);
  const inJurisdiction = Math.max(0, received - next(0, 3));
  const resolved = Math.max(0, inJurisdiction - next(0, 2));
  const members = v(1500, 4000);
  const cases = v(3, 12);
  return [
    { code: 'HO_DAN', value: households },
    { code: 'NHAN_KHAU', value: Math.round((households * next(320, 420)) / 100) },
    { code: 'HO_NGHEO', value: poor },
    { code: 'HO_VAN_HOA', value: cultured, denominator: households },
    { code: 'VB_TONG', value: documents },
    { code: 'VB_KH', value: plans },
    { code: 'VB_BC', value: reports },
    { code: 'VB_CV', value: letters },
    { code: 'KT_GS', value: v(1, 4) },
    { code: 'HN_QT', value: v(2, 6) },
    { code: 'HN_QT_NGUOI', value: v(150, 600) },
    { code: 'TCD_LUOT', value: receptions },
    { code: 'TCD_NGUOI', value: receptions + v(5, 40) },
    { code: 'TCD_DOAN', value: Math.min(receptions, next(0, 2)) },
    { code: 'DT_CUOC', value: v(1, 3) },
    { code: 'DT_NGUOI', value: v(80, 300) },
    { code: 'DT_YKIEN', value: raised },
    { code: 'DT_YKIEN_GQ', value: Math.max(0, raised - next(0, 10)) },
    { code: 'DON_NHAN', value: received },
    { code: 'DON_THAM_QUYEN', value: inJurisdiction },
    { code: 'DON_GQ', value: resolved },
    { code: 'DON_QUA_HAN', value: next(0, inJurisdiction - resolved) },
    { code: 'HV_TONG', value: members },
    { code: 'HV_MOI', value: Math.min(members, v(20, 120)) },
    { code: 'QUY_VNN', value: v(80, 250) },
    { code: 'QUY_VNN_KH', value: 200 },
    { code: 'NHA_DDK', value: next(0, 4) },
    { code: 'HOA_GIAI_VIEN', value: v(15, 40) },
    { code: 'HOA_GIAI_THANH', value: cases, denominator: cases + next(0, 3) },
    { code: 'KS_PHIEU', value: v(50, 200) },
    { code: 'KS_DIEM', value: Math.min(100, v(70, 95)) },
    { code: 'TG_THAM', value: v(2, 10) },
    { code: 'KT_TAP_THE', value: v(1, 5) },
    { code: 'KT_CA_NHAN', value: v(2, 10) },
  ];
}

/**
 * The opener's own work (its board's): documents issued or advised on by type, inspections,
 * briefings, dialogues its leaders held. Only 'body' figures: the area's come from the reports below.
 */
export function openerFigures(areaIndex: number, year: number, scale: number): ValueInput[] {
  const base = seededRandom(areaIndex * 1009 + 5);
  const next = seededRandom(year * 17 + areaIndex * 1009 + 5);
  const s = (min: number, max: number) => drift(base(min, max) * scale, next);
  const parts = { VB_CTR: base(1, 2), VB_KH: s(4, 9), VB_HD: s(1, 4), VB_BC: s(5, 12), VB_CV: s(6, 18) };
  const total = Object.values(parts).reduce((a, b) => a + b, 0) + next(0, 4);
  const raised = s(30, 60);
  return [
    { code: 'VB_TONG', value: total },
    ...Object.entries(parts).map(([code, value]) => ({ code, value })),
    { code: 'KT_GS', value: s(3, 8) },
    { code: 'SK_TK', value: s(1, 4) },
    { code: 'HN_QT', value: s(4, 9) },
    { code: 'HN_QT_NGUOI', value: s(600, 1500) },
    { code: 'DT_CUOC', value: s(2, 5) },
    { code: 'DT_NGUOI', value: s(300, 700) },
    { code: 'DT_YKIEN', value: raised },
    { code: 'DT_YKIEN_GQ', value: raised - next(0, 6) },
  ];
}

/** Hand-written parts of the narrative, beside what the form drafts from the figures. */
const writtenNarrative = {
  shortcomings:
    'Một số cấp ủy cơ sở chưa quan tâm đúng mức đến công tác dân vận; việc nắm tình hình Nhân dân ở một số địa bàn còn chậm.\nCông tác phối hợp giữa chính quyền với Mặt trận và các đoàn thể trong giải quyết đơn thư có lúc chưa chặt chẽ.',
  lessons: 'Phát huy vai trò người đứng đầu cấp ủy, chính quyền trong tiếp xúc, đối thoại với Nhân dân.',
  directions:
    'Tiếp tục triển khai phong trào thi đua "Dân vận khéo"; đẩy mạnh đối thoại, giải quyết kịp thời kiến nghị của Nhân dân; nâng cao chất lượng công tác dân vận chính quyền.',
  proposals:
    'Đề nghị cấp trên tiếp tục quan tâm hướng dẫn, bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận ở cơ sở.',
};

export interface AreaReports {
  spec: AreaSpec;
  unitId: number;
  /** The opener's own report of each year. */
  reportId: Record<number, number>;
  roundId: Record<number, number>;
  /** This year's wards or communes left unapproved. */
  unapproved: { submitted: number; draft: number };
}

/** Both years' catalogues, the later year first (a missing one is copied from the year after, as the demo does). */
async function ensureCatalogues(db: Database, admin: Actor, years: number[]) {
  for (const year of [...years].sort((a, b) => b - a)) {
    const { indicators } = await getCatalogue(db, admin, year);
    if (indicators.length === 0) await copyCatalogueToYear(db, admin, year + 1, year, ip);
  }
}

/** Adds the reason a hand figure needs where the indicator is computed from the records (the form asks for one). */
function withReasons(values: ValueInput[], computed: Set<string>): ValueInput[] {
  return values.map((value) => (computed.has(value.code) ? { ...value, adjustReason: REASON } : value));
}

/**
 * Imports the units, ensures both years' catalogues, and runs both years' rounds through the
 * services as the admin: open, fill, submit, approve (wards/communes first, then the opener).
 */
export async function buildDataset(db: Database, admin: Actor, log: (line: string) => void): Promise<AreaReports[]> {
  const specs = areaSpecs();
  const rows = unitRows(specs);
  const t0 = performance.now();
  await runImport(db, admin, ROOT_UNIT_ID, rows, 'bench', null, () => undefined);
  const units = await asSystem(db, (sql) =>
    findOpenUnitsByCodes(
      sql,
      rows.map((row) => row.code),
    ),
  );
  const idOf = new Map(units.map((unit) => [unit.code as string, unit.id]));
  log(
    `    ${'units import'.padEnd(40)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s   (${rows.length} units)`,
  );
  await ensureCatalogues(db, admin, [LAST_YEAR, CURRENT_YEAR]);

  const areas: AreaReports[] = [];
  for (const [areaIndex, spec] of specs.entries()) {
    const area: AreaReports = {
      spec,
      unitId: idOf.get(spec.code) as number,
      reportId: {},
      roundId: {},
      unapproved: { submitted: 0, draft: 0 },
    };
    for (const year of [LAST_YEAR, CURRENT_YEAR]) {
      const t1 = performance.now();
      const round = await openRound(
        db,
        admin,
        {
          openerUnitId: area.unitId,
          template: 'nine_month',
          year,
          periodIndex: 1,
          periodStart: `${year - 1}-12-15`,
          periodEnd: `${year}-09-14`,
          deadline: `${year}-09-25`,
          reportingUnitTypes: [spec.childType],
        },
        ip,
      );
      area.roundId[year] = round.id;
      let computed: Set<string> | null = null;
      for (const [index, child] of spec.children.entries()) {
        const report = await getReportOfUnit(db, admin, round.id, idOf.get(child.code) as number);
        computed ??= new Set(report.rows.filter((row) => row.indicator.computedKey).map((row) => row.indicator.code));
        await saveReport(
          db,
          admin,
          report.id,
          { values: withReasons(localFigures(index, year, spec.childType === 'commune'), computed) },
          ip,
        );
        // This year every tenth is left behind: one still in draft, the next submitted and awaiting approval.
        const behind = year === CURRENT_YEAR && index % UNAPPROVED_EVERY === UNAPPROVED_EVERY - 1;
        if (behind && (index / UNAPPROVED_EVERY) % 2 < 1) {
          area.unapproved.draft++;
          continue;
        }
        await transitionReport(db, admin, report.id, 'submit', {}, ip);
        if (behind) {
          area.unapproved.submitted++;
          continue;
        }
        await transitionReport(db, admin, report.id, 'approve', {}, ip);
      }
      // The opener's own report: its board's work, the narrative drafted from the figures plus the written parts, then up.
      const own = await getReportOfUnit(db, admin, round.id, area.unitId);
      await saveReport(
        db,
        admin,
        own.id,
        { values: withReasons(openerFigures(areaIndex, year, spec.scale), computed ?? new Set()) },
        ip,
      );
      const { basis, ...drafted } = await draftNarrative(db, admin, own.id);
      await saveReport(
        db,
        admin,
        own.id,
        { values: [], narrative: { ...drafted, ...writtenNarrative }, narrativeBasis: basis },
        ip,
      );
      await transitionReport(db, admin, own.id, 'submit', {}, ip);
      await transitionReport(db, admin, own.id, 'approve', {}, ip);
      area.reportId[year] = own.id;
      log(
        `    ${`${spec.key} ${year}: ${spec.children.length + 1} reports`.padEnd(40)} ${((performance.now() - t1) / 1000).toFixed(1).padStart(6)} s` +
          (year === CURRENT_YEAR
            ? `   (${area.unapproved.submitted} submitted and ${area.unapproved.draft} in draft left unapproved)`
            : ''),
      );
    }
    areas.push(area);
  }
  return areas;
}

import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { getReportOfUnit, openRound, saveReport, transitionReport } from '../modules/reports/reports.service.js';
import { findOpenUnitsByCodes } from '../modules/units/units.repository.js';

/** Deterministic pseudo-random figures, so the demo looks the same on every machine. */
function figures(seed: number) {
  let state = seed;
  const next = (min: number, max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return min + (state % (max - min + 1));
  };
  const plans = next(3, 9);
  const reports = next(4, 12);
  const letters = next(5, 20);
  const decisions = next(1, 5);
  const notices = next(1, 4);
  const raised = next(20, 60);
  return [
    { code: 'VB_KH', value: plans }, { code: 'VB_BC', value: reports }, { code: 'VB_CV', value: letters },
    { code: 'VB_QD', value: decisions }, { code: 'VB_TB', value: notices },
    { code: 'VB_TONG', value: plans + reports + letters + decisions + notices },
    { code: 'KT_GS', value: next(1, 4) }, { code: 'HN_QT', value: next(2, 6) }, { code: 'HN_QT_NGUOI', value: next(150, 600) },
    { code: 'DT_CUOC', value: next(1, 3) }, { code: 'DT_NGUOI', value: next(80, 300) },
    { code: 'DT_YKIEN', value: raised }, { code: 'DT_YKIEN_GQ', value: raised - next(0, 10) },
    { code: 'DON_NHAN', value: next(3, 15) }, { code: 'MH_DANG_KY', value: next(2, 6) }, { code: 'MH_CONG_NHAN', value: next(0, 2) },
    { code: 'DV_THAM_GIA_DVK', value: 1, denominator: 1 },
    { code: 'QUY_VNN', value: next(80, 250) }, { code: 'QUY_VNN_KH', value: 200 },
    { code: 'HO_DAN', value: next(2500, 6000) }, { code: 'HO_NGHEO', value: next(10, 80) },
    { code: 'KS_PHIEU', value: next(50, 200) }, { code: 'KS_DIEM', value: next(70, 95) },
    { code: 'HO_VAN_HOA', value: next(2000, 2400), denominator: 2500 },
  ];
}

/**
 * The city's 9-month rounds: last year all approved (so comparisons have something to compare
 * with), this year with wards at every stage — approved, submitted, returned, still in draft.
 */
export async function seedDemoReports(db: Database, leader: Actor, admin: Actor): Promise<void> {
  const wards = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, Array.from({ length: 8 }, (_, i) => `AS-SH-P${i + 1}`)));
  const wardIds = wards.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true })).map((ward) => ward.id);
  const [city] = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, ['AS-SH']));
  const now = new Date().getFullYear();
  for (const year of [now - 1, now]) {
    const round = await openRound(db, leader, {
      openerUnitId: city.id, template: 'nine_month', year, periodIndex: 1,
      periodStart: `${year - 1}-12-15`, periodEnd: `${year}-09-14`, deadline: `${year}-09-25`, reportingUnitTypes: ['ward'],
    }, '127.0.0.1');
    for (const [index, wardId] of wardIds.entries()) {
      // This year: ward 1 and 2 are left for the demo accounts to work on.
      const stage = year < now ? 'approved' : ['draft', 'draft', 'approved', 'approved', 'approved', 'submitted', 'returned', 'approved'][index];
      if (stage === 'draft') continue;
      const report = await getReportOfUnit(db, admin, round.id, wardId);
      await saveReport(db, admin, report.id, { values: figures(year * 100 + index) }, '127.0.0.1');
      await transitionReport(db, admin, report.id, 'submit', {}, '127.0.0.1');
      if (stage === 'approved') await transitionReport(db, leader, report.id, 'approve', {}, '127.0.0.1');
      if (stage === 'returned') {
        await transitionReport(db, leader, report.id, 'return', { comment: 'Đề nghị bổ sung số liệu đối thoại và đơn thư.' }, '127.0.0.1');
      }
    }
  }
}

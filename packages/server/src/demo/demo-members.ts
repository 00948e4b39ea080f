import { memberPeriodRange } from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { createMemberCount } from '../modules/members/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { vietnamDay } from '../time.js';
import { communeCodes, wardCodes } from './demo-data.js';
import { seededRandom } from './seeded-random.js';

const areas = [...wardCodes, ...communeCodes];
// Typical sizes of a ward's or commune's organisations.
const organisations: { suffix: string; base: number }[] = [
  { suffix: 'MT', base: 60 },
  { suffix: 'PN', base: 1400 },
  { suffix: 'DTN', base: 450 },
  { suffix: 'ND', base: 900 },
  { suffix: 'CCB', base: 280 },
];

/**
 * Quarterly member counts of every ward's and commune's organisations from the start of last year
 * to the last quarter that has ended. Deterministic, so the demo is the same everywhere; the figures
 * add up from quarter to quarter except one recount (a warning to look at), and Xã Bình Minh's
 * Farmers' Union has not yet reported the last quarter (shown as missing).
 */
export async function seedDemoMembers(db: Database, admin: Actor): Promise<void> {
  const codes = areas.flatMap((area) => organisations.map((org) => `${area}-${org.suffix}`));
  const units = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, codes));
  const idByCode = new Map(units.map((unit) => [unit.code, unit.id]));
  const today = vietnamDay();
  const firstYear = Number(today.slice(0, 4)) - 1;
  const quarters: { year: number; quarter: number }[] = [];
  for (let year = firstYear; year <= firstYear + 1; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (memberPeriodRange('quarter', year, quarter).end < today) quarters.push({ year, quarter });
    }
  }
  const next = seededRandom(20_251);
  for (const [areaIndex, area] of areas.entries()) {
    for (const org of organisations) {
      const code = `${area}-${org.suffix}`;
      const unitId = idByCode.get(code);
      if (unitId === undefined) continue;
      let members = org.base + areaIndex * Math.round(org.base / 20) + next(0, Math.round(org.base / 10));
      for (const [index, { year, quarter }] of quarters.entries()) {
        const last = index === quarters.length - 1;
        if (last && code === 'AS-DD-BM-ND') continue;
        const admitted = next(0, Math.max(2, Math.round(org.base / 60)));
        const left = next(0, Math.max(1, Math.round(org.base / 120)));
        members += admitted - left;
        // A recount after checking the register: the balance does not add up, and the page says so.
        const recount = last && code === 'AS-SH-P2-DTN' ? 12 : 0;
        await createMemberCount(
          db,
          admin,
          {
            unitId,
            periodKind: 'quarter',
            year,
            periodIndex: quarter,
            members: members + recount,
            admitted,
            left,
            referredToParty: org.suffix === 'DTN' || org.suffix === 'PN' ? next(0, 3) : 0,
            note: recount ? 'Rà soát lại sổ đoàn viên sau đợt chuyển sinh hoạt.' : '',
          },
          '127.0.0.1',
        );
        members += recount;
      }
    }
  }
}

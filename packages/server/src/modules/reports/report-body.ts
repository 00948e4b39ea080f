import { areaWordOf, defaultSigning, shortPlace, type ReportBody, type ReportExportSettings } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { documentIssuerOf, leadingBodiesAbove, unitTypeNames, withoutPlace } from '../units/index.js';

/**
 * The body that issues a unit's report and speaks of its own work (units' `documentIssuerOf`; under
 * the round's opener where the area has no party committee), with the words the narrative uses of
 * the area and of the units below. Its subject drops the place, as reports say "Ban Dân vận Thành
 * ủy đã tham mưu …" of their own board.
 */
export async function reportBodyOf(
  sql: Sql,
  unit: { id: number; name: string },
  round: { reportingUnitTypes: string[]; openerName: string | null },
): Promise<ReportBody & { bodies: string[] }> {
  const issuer = await documentIssuerOf(sql, unit, round.openerName);
  const typeNames = await unitTypeNames(sql, round.reportingUnitTypes);
  const childrenWord = round.reportingUnitTypes
    .map((type) => typeNames.get(type)?.toLocaleLowerCase('vi'))
    .filter((word): word is string => Boolean(word))
    .join(', ');
  return { ...issuer, areaWord: areaWordOf(unit.name), childrenWord: childrenWord || 'đơn vị' };
}

/**
 * "Nơi nhận" by default: the board of the area above and the unit's own party committee for
 * their information (b/c), the units below that report to it, and the file copy.
 */
export async function defaultRecipients(
  sql: Sql,
  unit: { id: number; name: string },
  body: ReportBody & { bodies: string[] },
  hasUnitsBelow: boolean,
): Promise<string[]> {
  const above = await leadingBodiesAbove(sql, unit.id);
  const upperBoard = above.at(-1)?.name;
  const committee = body.bodies.length > 1 ? body.bodies[0] : null;
  return [
    ...(upperBoard ? [`${upperBoard} (b/c),`] : []),
    ...(committee ? [`Thường trực ${withoutPlace(committee, shortPlace(unit.name))} (b/c),`] : []),
    ...(hasUnitsBelow ? [`Các ${body.childrenWord} trực thuộc,`] : []),
    'Lưu VP.',
  ];
}

/** The settings a report's Word document starts from when none are stored. */
export function defaultExportSettings(body: ReportBody, recipients: string[]): ReportExportSettings {
  return { number: null, date: null, signerName: null, ...defaultSigning(body.type), recipients };
}

import {
  areaWordOf,
  defaultSigning,
  issuerAbbreviation,
  shortNameUnder,
  shortPlace,
  type ReportBody,
  type ReportExportSettings,
} from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { leadingBodiesAbove, leadingBodiesOf, unitTypeNames } from '../units/index.js';

/** A body's name without its place: "Ban Dân vận Thành ủy Sơn Hà" → "Ban Dân vận Thành ủy". */
function withoutPlace(name: string, place: string | null): string {
  return place && name.endsWith(` ${place}`) ? name.slice(0, -place.length - 1) : name;
}

/**
 * The body that issues a unit's report and speaks of its own work: the most specialised leading
 * body of the unit's area (its mass-mobilization board or bloc; leading bodies are ordered by their
 * type's sort order), the unit itself where it has none. Its subject drops the place, as reports
 * say "Ban Dân vận Thành ủy đã tham mưu …" of their own board; its header stands under the area's
 * party committee ("THÀNH ỦY SƠN HÀ" over "BAN DÂN VẬN"), and its short name and abbreviation are
 * the unit's own where an admin or leader set them.
 */
export async function reportBodyOf(
  sql: Sql,
  unit: { id: number; name: string },
  round: { reportingUnitTypes: string[]; openerName: string | null },
): Promise<ReportBody & { bodies: string[] }> {
  const bodies = await leadingBodiesOf(sql, unit.id);
  const issuing = bodies.at(-1);
  const name = issuing?.name ?? unit.name;
  const place = shortPlace(unit.name);
  const subject = withoutPlace(name, place);
  const superior = bodies.length > 1 ? bodies[0].name : (round.openerName ?? '');
  // "Ban Dân vận Thành ủy Sơn Hà" under "Thành ủy Sơn Hà" is "Ban Dân vận" in the header.
  const derivedShort = shortNameUnder(name, superior || null, unit.name);
  const typeNames = await unitTypeNames(sql, round.reportingUnitTypes);
  const childrenWord = round.reportingUnitTypes
    .map((type) => typeNames.get(type)?.toLocaleLowerCase('vi'))
    .filter((word): word is string => Boolean(word))
    .join(', ');
  return {
    name,
    subject,
    areaWord: areaWordOf(unit.name),
    childrenWord: childrenWord || 'đơn vị',
    superior,
    shortName: issuing?.shortName ?? derivedShort,
    abbreviation: issuing?.abbreviation ?? issuerAbbreviation(subject),
    type: issuing?.type ?? null,
    bodies: bodies.map((body) => body.name),
  };
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

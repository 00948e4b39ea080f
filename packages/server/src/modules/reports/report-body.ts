import { cleanVi, type ReportBody } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { leadingBodiesOf, unitTypeNames } from '../units/units.service.js';

// Administrative prefixes of unit names, longest first: the area word and the short place name.
const areaPrefix = /^(thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã)\s+/iu;

/** "Thành phố Sơn Hà" → "Sơn Hà"; null when only a number would be left ("Phường 1"). */
export function shortPlace(name: string): string | null {
  const rest = cleanVi(name).replace(areaPrefix, '');
  return rest && !/^\d+$/.test(rest) ? rest : null;
}

/** "Thành phố Sơn Hà" → "thành phố"; "địa bàn" for a unit whose name has no administrative word. */
export function areaWordOf(name: string): string {
  return cleanVi(name).match(areaPrefix)?.[1]?.toLocaleLowerCase('vi') ?? 'địa bàn';
}

/**
 * The body that issues a unit's report and speaks of its own work: the most specialised leading
 * body of the unit's area (its mass-mobilization board or bloc; leading bodies are ordered by their
 * type's sort order), the unit itself where it has none. Its subject drops the place, as reports
 * say "Ban Dân vận Thành ủy đã tham mưu …" of their own board.
 */
export async function reportBodyOf(sql: Sql, unit: { id: number; name: string }, reportingUnitTypes: string[]): Promise<ReportBody & { bodies: string[] }> {
  const { bodies } = await leadingBodiesOf(sql, unit.id);
  const names = bodies.map((body) => body.name);
  const name = names.at(-1) ?? unit.name;
  const place = shortPlace(unit.name);
  const subject = place && name.endsWith(` ${place}`) ? name.slice(0, -place.length - 1) : name;
  const typeNames = await unitTypeNames(sql, reportingUnitTypes);
  const childrenWord = reportingUnitTypes
    .map((type) => typeNames.get(type)?.toLocaleLowerCase('vi'))
    .filter((word): word is string => Boolean(word))
    .join(', ');
  return { name, subject, areaWord: areaWordOf(unit.name), childrenWord: childrenWord || 'đơn vị', bodies: names };
}

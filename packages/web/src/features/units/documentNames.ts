import { cleanVi } from '@danvan/shared';

// Administrative prefixes of unit names, longest first (as the server derives the names of documents).
const areaPrefix = /^(thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã)\s+/iu;

/** "Thành phố Sơn Hà" → "Sơn Hà"; null when only a number would be left ("Phường 1"). */
export function shortPlace(name: string): string | null {
  const rest = cleanVi(name).replace(areaPrefix, '');
  return rest && !/^\d+$/.test(rest) ? rest : null;
}

/**
 * The initials of a body's name for a document symbol, "và" left out, numbers kept
 * ("Ban Dân vận Thành ủy" → "BDVTU", "Khối dân vận Phường 1" → "KDVP1").
 */
export function issuerAbbreviation(name: string): string {
  return cleanVi(name)
    .split(/[\s,–-]+/)
    .filter((word) => word && word.toLocaleLowerCase('vi') !== 'và')
    .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0)))
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLocaleUpperCase('vi');
}

const withoutSuffix = (name: string, suffix: string | null | undefined) =>
  suffix && name.endsWith(` ${suffix}`) ? name.slice(0, -suffix.length - 1) : name;

/**
 * What a unit's documents are signed with when nothing is set, as the server derives it: under the
 * superior body of its area (a sibling whose name ends the unit's, "Thành ủy Sơn Hà") the rest of
 * its name ("Ban Dân vận"), and the initials of its name without the area's place ("BDVTU").
 */
export function derivedDocumentNames(unit: { name: string; areaName: string | null; siblingNames: readonly string[] }): {
  shortName: string;
  abbreviation: string;
} {
  const name = cleanVi(unit.name);
  const superior = unit.siblingNames
    .map(cleanVi)
    .filter((sibling) => sibling !== name && name.endsWith(` ${sibling}`))
    .sort((a, b) => b.length - a.length)[0];
  const place = unit.areaName ? shortPlace(unit.areaName) : null;
  return { shortName: withoutSuffix(name, superior), abbreviation: issuerAbbreviation(withoutSuffix(name, place)) };
}

/** An abbreviation as the server stores it: upper case, and whether it is one ("BDVTU", "BTGDV-TU"). */
export function normalizeAbbreviation(value: string): string {
  return value.trim().normalize('NFC').toLocaleUpperCase('vi');
}
export const abbreviationPattern = /^[A-ZĐ0-9][A-ZĐ0-9-]{0,29}$/;

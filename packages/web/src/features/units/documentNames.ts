import { cleanVi, issuerAbbreviation, shortNameUnder, shortPlace } from '@danvan/shared';

const withoutSuffix = (name: string, suffix: string | null | undefined) =>
  suffix && name.endsWith(` ${suffix}`) ? name.slice(0, -suffix.length - 1) : name;

/**
 * What a unit's documents are signed with when nothing is set, as the server derives it: under the
 * superior body of its area ("Thành ủy Sơn Hà", "Đảng ủy Phường 1") the rest of its name ("Ban Dân
 * vận", "Khối dân vận"), and the initials of its name without the area's place ("BDVTU").
 */
export function derivedDocumentNames(unit: {
  name: string;
  areaName: string | null;
  siblingNames: readonly string[];
}): {
  shortName: string;
  abbreviation: string;
} {
  const name = cleanVi(unit.name);
  // The superior is among the bodies beside it; the one that shortens the name most is the area's committee.
  const shortName =
    unit.siblingNames
      .map(cleanVi)
      .filter((sibling) => sibling !== name)
      .map((sibling) => shortNameUnder(name, sibling, unit.areaName))
      .sort((a, b) => a.length - b.length)[0] ?? name;
  const place = unit.areaName ? shortPlace(unit.areaName) : null;
  return { shortName, abbreviation: issuerAbbreviation(withoutSuffix(name, place)) };
}

/** An abbreviation as the server stores it: upper case ("BDVTU", "BTGDV-TU"); `abbreviationPattern` says whether it is one. */
export function normalizeAbbreviation(value: string): string {
  return value.trim().normalize('NFC').toLocaleUpperCase('vi');
}

import { cleanVi, issuerAbbreviation, shortPlace } from '@danvan/shared';

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

/** An abbreviation as the server stores it: upper case ("BDVTU", "BTGDV-TU"); `abbreviationPattern` says whether it is one. */
export function normalizeAbbreviation(value: string): string {
  return value.trim().normalize('NFC').toLocaleUpperCase('vi');
}

import { issuerAbbreviation, shortNameUnder, shortPlace } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { findLeadingBodies } from './units.repository.js';

/** The body that issues a unit's documents, as the header of a Party document names it. */
export interface DocumentIssuer {
  /** "Ban Dân vận Thành ủy Sơn Hà". */
  name: string;
  /** "Ban Dân vận Thành ủy": the name without its place, as a body speaks of itself. */
  subject: string;
  /** "Thành ủy Sơn Hà", the superior printed over the short name; empty when the unit's area has only one body. */
  superior: string;
  /** "Ban Dân vận" under "THÀNH ỦY SƠN HÀ". */
  shortName: string;
  /** "BDVTU" in "Số 15-BC/BDVTU". */
  abbreviation: string;
  /** The issuing body's unit type, which decides how it signs. */
  type: string | null;
  /** Every leading body of the area, the party committee first. */
  bodies: string[];
}

/** A body's name without its place: "Ban Dân vận Thành ủy Sơn Hà" → "Ban Dân vận Thành ủy". */
export function withoutPlace(name: string, place: string | null): string {
  return place && name.endsWith(` ${place}`) ? name.slice(0, -place.length - 1) : name;
}

/**
 * The issuing body of a unit's documents: the most specialised leading body of the unit's area (its
 * mass-mobilization board or bloc; leading bodies are ordered by their type's sort order), the unit
 * itself where it has none. It stands under the area's party committee ("THÀNH ỦY SƠN HÀ" over
 * "BAN DÂN VẬN"), unless `fallbackSuperior` names one for an area without; its short name and
 * abbreviation are the unit's own where an admin or leader set them.
 */
export async function documentIssuerOf(
  sql: Sql,
  unit: { id: number; name: string },
  fallbackSuperior: string | null = null,
): Promise<DocumentIssuer> {
  const bodies = await findLeadingBodies(sql, unit.id);
  const issuing = bodies.at(-1);
  const name = issuing?.name ?? unit.name;
  const subject = withoutPlace(name, shortPlace(unit.name));
  const superior = bodies.length > 1 ? bodies[0].name : (fallbackSuperior ?? '');
  return {
    name,
    subject,
    superior,
    shortName: issuing?.shortName ?? shortNameUnder(name, superior || null, unit.name),
    abbreviation: issuing?.abbreviation ?? issuerAbbreviation(subject),
    type: issuing?.type ?? null,
    bodies: bodies.map((body) => body.name),
  };
}

import type { Actor } from '../../auth/authorize.js';
import type { Sql } from '../../db/client.js';
import { requireUnit, unitActions } from '../units/index.js';
import { findLastDocumentNumber } from './documents.repository.js';

/**
 * The next free number of a document type for a unit in a year ("12" of 12-GM/BDVTU), to prefill a
 * form: the one after the highest registered, so a gap a unit left on purpose is not filled. Read in
 * the caller's scope (`sql`), which holds the unit; the register's unique key still refuses a number
 * taken between this and the save.
 */
export async function nextDocumentNumber(
  sql: Sql,
  actor: Actor,
  unitId: number,
  type: string,
  year: number,
): Promise<number> {
  await requireUnit(sql, actor, unitId, unitActions.read);
  return (await findLastDocumentNumber(sql, unitId, type, year)) + 1;
}

import type { PersonDetail, PersonInput, PersonListQuery, PersonSummary } from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { findAwardTypesByIds } from './award-types.repository.js';
import { personActions } from './commendations.policy.js';
import {
  findPeople,
  findPerson,
  findPersonRecords,
  insertPerson,
  replacePersonRecords,
  updatePerson,
  type PersonRow,
} from './people.repository.js';

const record = (row: PersonRow) => ({ path: row.unit_path });

/** Year of birth only for the roles that may see personal data (the policy's readPersonal). */
export function presentPerson(actor: Actor, row: PersonRow): PersonSummary {
  const personal = can(actor, personActions.readPersonal, record(row));
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    fullName: row.full_name,
    position: row.position,
    deceased: row.deceased,
    birthYear: personal ? row.birth_year : null,
    personalDetails: personal,
  };
}

export async function requirePerson(sql: Sql, actor: Actor, id: number, action: string, field?: string) {
  const row = await findPerson(sql, id);
  if (!row) {
    const message = { vi: 'Không tìm thấy người này', en: 'Person not found' };
    throw field ? invalid(field, message, 404) : notFound(message);
  }
  authorize(actor, action, record(row), { field });
  return row;
}

export async function listPeople(db: Database, actor: Actor, query: PersonListQuery) {
  authorize(actor, personActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    if (query.unitId) await requireUnit(sql, actor, query.unitId, unitActions.read, { field: 'query.unitId' });
    const { total, rows } = await findPeople(sql, query);
    return { total, items: rows.map((row) => presentPerson(actor, row)) };
  });
}

async function personDetail(sql: Sql, actor: Actor, row: PersonRow): Promise<PersonDetail> {
  const summary = presentPerson(actor, row);
  const records = await findPersonRecords(sql, row.id);
  const personal = summary.personalDetails;
  return {
    ...summary,
    gender: personal ? row.gender : null,
    deceasedOn: row.deceased_on,
    // Service periods and discipline are personal data: hidden from viewers, as the year of birth.
    periods: personal ? records.periods : [],
    awards: records.awards.map(({ code: _code, ...award }) => award),
    disciplines: personal ? records.disciplines : [],
    abilities: { update: can(actor, personActions.write, record(row)) },
  };
}

export async function getPerson(db: Database, actor: Actor, id: number): Promise<PersonDetail> {
  return inScope(db, actor.scopePath, async (sql) =>
    personDetail(sql, actor, await requirePerson(sql, actor, id, personActions.read)),
  );
}

async function checkInput(sql: Sql, actor: Actor, input: PersonInput) {
  const unit = await requireUnit(sql, actor, input.unitId, unitActions.read, { field: 'body.unitId' });
  authorize(actor, personActions.write, { path: unit.path }, { field: 'body.unitId' });
  const typeIds = [...new Set(input.awards.map((a) => a.awardTypeId))];
  if ((await findAwardTypesByIds(sql, typeIds)).length !== typeIds.length)
    throw invalid('body.awards', { vi: 'Không tìm thấy hình thức khen thưởng', en: 'Award type not found' }, 404);
}

const audit = (
  actor: Actor,
  ip: string,
  unitId: number,
  id: number,
  action: 'commendation_person.create' | 'commendation_person.update',
  after: unknown,
  before?: unknown,
) => ({
  actorUserId: actor.userId,
  actorUsername: actor.username,
  unitId,
  action,
  entityType: 'commendation_person' as const,
  entityId: id,
  before,
  after,
  ip,
});

export async function createPerson(db: Database, actor: Actor, input: PersonInput, ip: string) {
  authorize(actor, personActions.write, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    await checkInput(sql, actor, input);
    const id = await insertPerson(sql, input, actor.userId);
    await replacePersonRecords(sql, id, input);
    await recordAudit(sql, audit(actor, ip, input.unitId, id, 'commendation_person.create', input));
    return personDetail(sql, actor, (await findPerson(sql, id)) as PersonRow);
  });
}

export async function editPerson(db: Database, actor: Actor, id: number, input: PersonInput, ip: string) {
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await requirePerson(sql, actor, id, personActions.write);
    await checkInput(sql, actor, input);
    const beforeRecords = await findPersonRecords(sql, id);
    await updatePerson(sql, id, input);
    await replacePersonRecords(sql, id, input);
    await recordAudit(
      sql,
      audit(actor, ip, input.unitId, id, 'commendation_person.update', input, { ...before, ...beforeRecords }),
    );
    return personDetail(sql, actor, (await findPerson(sql, id)) as PersonRow);
  });
}

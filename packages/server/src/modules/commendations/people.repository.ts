import type { PersonInput, PersonListQuery } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

export interface PersonRow {
  id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  full_name: string;
  birth_year: number | null;
  gender: 'male' | 'female' | null;
  position: string;
  deceased: boolean;
  deceased_on: string | null;
}

const personSelect = `
  SELECT p.id, p.unit_id, u.name AS unit_name, u.path::text AS unit_path, p.full_name, p.birth_year, p.gender,
         p.position, p.deceased, p.deceased_on::text AS deceased_on
    FROM commendation_people p JOIN units u ON u.id = p.unit_id`;

// Names in Vietnamese order: by given name, then family and middle names (functions/vi_collation.sql).
const nameKey = 'vi_name_sort_key(p.full_name) COLLATE "C"';
const orders: Record<PersonListQuery['sort'], string> = {
  name: `${nameKey}, p.id`,
  '-name': `${nameKey} DESC, p.id DESC`,
  unit: `vi_sort_key(u.name) COLLATE "C", ${nameKey}, p.id`,
  '-unit': `vi_sort_key(u.name) COLLATE "C" DESC, ${nameKey}, p.id`,
  '-created': 'p.created_at DESC, p.id DESC',
};

/** A page of the scope's people; the search ignores accents and matches the name or the unit. */
export async function findPeople(sql: Sql, query: PersonListQuery) {
  const { rows } = await sql.query<PersonRow & { total: number }>(
    `SELECT x.*, count(*) OVER ()::int AS total FROM (${personSelect}
      WHERE ($1::int IS NULL OR u.path <@ (SELECT path FROM units WHERE id = $1))
        AND ($2::text IS NULL OR p.name_folded LIKE '%' || like_literal(vi_fold($2)) || '%'
             OR u.name_folded LIKE '%' || like_literal(vi_fold($2)) || '%')
      ORDER BY ${orders[query.sort]}) x LIMIT $3 OFFSET $4`,
    [query.unitId ?? null, query.q?.trim() || null, query.limit, query.offset],
  );
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findPerson(sql: Sql, id: number): Promise<PersonRow | null> {
  const { rows } = await sql.query<PersonRow>(`${personSelect} WHERE p.id = $1`, [id]);
  return rows[0] ?? null;
}

export interface PeriodRow {
  position: string;
  workplace: string;
  from: string | null;
  to: string | null;
  ongoing: boolean;
  fullTime: boolean;
  difficultArea: boolean;
  massMobilization: boolean;
}

export async function findPersonRecords(sql: Sql, id: number) {
  const periods = await sql.query<PeriodRow>(
    `SELECT position, workplace, from_date::text AS "from", to_date::text AS "to", ongoing, full_time AS "fullTime",
            difficult_area AS "difficultArea", mass_mobilization AS "massMobilization"
       FROM person_service_periods WHERE person_id = $1 ORDER BY from_date NULLS LAST, id`,
    [id],
  );
  // Prior awards entered by hand and those given through this system's decisions.
  const awards = await sql.query<{
    awardTypeId: number;
    code: string;
    awardName: string;
    decision: string;
    awardedOn: string | null;
  }>(
    `SELECT a.award_type_id AS "awardTypeId", t.code, t.name AS "awardName", a.decision, a.awarded_on::text AS "awardedOn"
       FROM person_awards a JOIN award_types t ON t.id = a.award_type_id WHERE a.person_id = $1
     UNION ALL
     SELECT r.award_type_id, t.code, t.name, d.number, r.awarded_on::text
       FROM commendation_recipients r JOIN award_types t ON t.id = r.award_type_id
       JOIN commendation_decisions d ON d.id = r.decision_id WHERE r.person_id = $1
     ORDER BY 5 NULLS LAST`,
    [id],
  );
  const disciplines = await sql.query<{ form: string; decidedOn: string | null }>(
    `SELECT form, decided_on::text AS "decidedOn" FROM person_disciplines WHERE person_id = $1 ORDER BY decided_on, id`,
    [id],
  );
  return { periods: periods.rows, awards: awards.rows, disciplines: disciplines.rows };
}

type PersonFields = Omit<PersonInput, 'periods' | 'awards' | 'disciplines'>;

export async function insertPerson(sql: Sql, input: PersonFields, userId: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO commendation_people (unit_id, full_name, birth_year, gender, position, deceased, deceased_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.unitId,
      input.fullName,
      input.birthYear,
      input.gender,
      input.position,
      input.deceased,
      input.deceasedOn,
      userId,
    ],
  );
  return rows[0].id;
}

export async function updatePerson(sql: Sql, id: number, input: PersonFields): Promise<void> {
  await sql.query(
    `UPDATE commendation_people SET unit_id = $2, full_name = $3, birth_year = $4, gender = $5, position = $6,
            deceased = $7, deceased_on = $8, updated_at = now() WHERE id = $1`,
    [id, input.unitId, input.fullName, input.birthYear, input.gender, input.position, input.deceased, input.deceasedOn],
  );
}

/** Replaces a person's service periods, prior awards and discipline with those given. */
export async function replacePersonRecords(sql: Sql, id: number, input: PersonInput): Promise<void> {
  for (const table of ['person_service_periods', 'person_awards', 'person_disciplines'])
    await sql.query(`DELETE FROM ${table} WHERE person_id = $1`, [id]);
  for (const p of input.periods)
    await sql.query(
      `INSERT INTO person_service_periods (person_id, position, workplace, from_date, to_date, ongoing, full_time,
                                           difficult_area, mass_mobilization)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, p.position, p.workplace, p.from, p.to, p.ongoing, p.fullTime, p.difficultArea, p.massMobilization],
    );
  for (const a of input.awards)
    await sql.query(
      `INSERT INTO person_awards (person_id, award_type_id, decision, awarded_on) VALUES ($1, $2, $3, $4)`,
      [id, a.awardTypeId, a.decision, a.awardedOn],
    );
  for (const d of input.disciplines)
    await sql.query(`INSERT INTO person_disciplines (person_id, form, decided_on) VALUES ($1, $2, $3)`, [
      id,
      d.form,
      d.decidedOn,
    ]);
}

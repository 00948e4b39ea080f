import type { AwardReportClass, AwardTypeInput, CommendationRule, RuleVersionInput } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

export interface AwardTypeRow {
  id: number;
  code: string;
  name: string;
  issuer: string;
  level: AwardTypeInput['level'];
  recipients: AwardTypeInput['recipients'];
  is_medal: boolean;
  report_as: AwardReportClass | null;
  active: boolean;
}

export interface RuleVersionRow {
  id: number;
  award_type_id: number;
  effective_from: string;
  name: string;
  legal_basis: string;
  rules: CommendationRule[];
}

const typeColumns = 'id, code, name, issuer, level, recipients, is_medal, report_as, active';
const versionColumns = 'id, award_type_id, effective_from::text AS effective_from, name, legal_basis, rules';

export async function findAwardTypes(sql: Sql): Promise<AwardTypeRow[]> {
  const { rows } = await sql.query<AwardTypeRow>(`SELECT ${typeColumns} FROM award_types ORDER BY level, name, id`);
  return rows;
}

export async function findAwardTypesByIds(sql: Sql, ids: number[]): Promise<AwardTypeRow[]> {
  const { rows } = await sql.query<AwardTypeRow>(
    `SELECT ${typeColumns} FROM award_types WHERE id = ANY($1::int[]) ORDER BY array_position($1::int[], id)`,
    [ids],
  );
  return rows;
}

export async function findRuleVersions(sql: Sql, awardTypeId?: number): Promise<RuleVersionRow[]> {
  const { rows } = await sql.query<RuleVersionRow>(
    `SELECT ${versionColumns} FROM award_rule_versions WHERE $1::int IS NULL OR award_type_id = $1
      ORDER BY award_type_id, effective_from DESC`,
    [awardTypeId ?? null],
  );
  return rows;
}

/** The rule set in force on a day: the latest version that took effect on or before it. */
export async function findRuleVersionInForce(sql: Sql, awardTypeId: number, day: string) {
  const { rows } = await sql.query<RuleVersionRow>(
    `SELECT ${versionColumns} FROM award_rule_versions WHERE award_type_id = $1 AND effective_from <= $2::date
      ORDER BY effective_from DESC LIMIT 1`,
    [awardTypeId, day],
  );
  return rows[0] ?? null;
}

export async function insertAwardType(sql: Sql, input: AwardTypeInput): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO award_types (code, name, issuer, level, recipients, is_medal, active, report_as)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING id`,
    [input.code, input.name, input.issuer, input.level, input.recipients, input.isMedal, input.active, input.reportAs],
  );
  return rows[0]?.id ?? 0;
}

export async function updateAwardType(sql: Sql, id: number, input: AwardTypeInput): Promise<boolean> {
  const { rows } = await sql.query<{ id: number }>(
    `UPDATE award_types SET code = $2, name = $3, issuer = $4, level = $5, recipients = $6, is_medal = $7,
            active = $8, report_as = $9, updated_at = now()
      WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM award_types x WHERE x.code = $2 AND x.id <> $1) RETURNING id`,
    [
      id,
      input.code,
      input.name,
      input.issuer,
      input.level,
      input.recipients,
      input.isMedal,
      input.active,
      input.reportAs,
    ],
  );
  return rows.length > 0;
}

export async function insertRuleVersion(
  sql: Sql,
  awardTypeId: number,
  input: RuleVersionInput,
  userId: number,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO award_rule_versions (award_type_id, effective_from, name, legal_basis, rules, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT (award_type_id, effective_from) DO NOTHING RETURNING id`,
    [awardTypeId, input.effectiveFrom, input.name, input.legalBasis, JSON.stringify(input.rules), userId],
  );
  return rows[0]?.id ?? 0;
}

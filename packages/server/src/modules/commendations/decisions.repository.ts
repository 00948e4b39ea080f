import type { AwardReportClass, CommendationDecisionInput } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { inArea, type ReportArea } from '../../reporting/computed-indicators.js';

export interface DecisionRow {
  id: number;
  campaign_id: number;
  award_type_id: number;
  award_name: string;
  number: string;
  signed_on: string;
  issuer: string;
  signer: string;
}

export interface RecipientRow {
  decision_id: number;
  nomination_id: number;
  name: string;
  birth_year: number | null;
  position: string;
  unit_name: string;
  collective: boolean;
}

export async function findDecisions(sql: Sql, campaignId: number): Promise<DecisionRow[]> {
  const { rows } = await sql.query<DecisionRow>(
    `SELECT d.id, d.campaign_id, d.award_type_id, t.name AS award_name, d.number, d.signed_on::text AS signed_on,
            d.issuer, d.signer
       FROM commendation_decisions d JOIN award_types t ON t.id = d.award_type_id
      WHERE d.campaign_id = $1 ORDER BY d.signed_on, d.id`,
    [campaignId],
  );
  return rows;
}

/** The recipients of the decisions the reader sees, in the order of the list: collectives first, then people by unit. */
export async function findRecipients(sql: Sql, decisionIds: number[]): Promise<RecipientRow[]> {
  const { rows } = await sql.query<RecipientRow>(
    // A person who had died by the day of the decision is listed as lists of awards write it: "(truy tặng)".
    `SELECT r.decision_id, r.nomination_id,
            coalesce(p.full_name || CASE WHEN p.deceased AND coalesce(p.deceased_on <= d.signed_on, true)
                                         THEN ' (truy tặng)' ELSE '' END, cu.name, '') AS name, p.birth_year,
            coalesce(p.position, '') AS position, coalesce(pu.name, cp.name, u.name) AS unit_name,
            r.collective_unit_id IS NOT NULL AS collective
       FROM commendation_recipients r
       JOIN commendation_decisions d ON d.id = r.decision_id
       JOIN units u ON u.id = r.unit_id
       LEFT JOIN commendation_people p ON p.id = r.person_id
       -- The list names where each recipient belongs, not who proposed them (a city may nominate a
       -- ward's official): a person's unit; a collective's parent ("Phường 1" for its women's union).
       LEFT JOIN units pu ON pu.id = p.unit_id
       LEFT JOIN units cu ON cu.id = r.collective_unit_id
       LEFT JOIN units cp ON cp.id = cu.parent_id
      WHERE r.decision_id = ANY($1::int[])
      ORDER BY r.decision_id, r.collective_unit_id IS NULL, vi_sort_key(coalesce(pu.name, cp.name, u.name)) COLLATE "C",
               vi_name_sort_key(coalesce(p.full_name, cu.name)) COLLATE "C", r.id`,
    [decisionIds],
  );
  return rows;
}

export async function insertDecision(
  sql: Sql,
  campaignId: number,
  input: CommendationDecisionInput,
  userId: number,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO commendation_decisions (campaign_id, award_type_id, number, signed_on, issuer, signer, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
    [campaignId, input.awardTypeId, input.number, input.signedOn, input.issuer, input.signer, userId],
  );
  return rows[0]?.id ?? 0;
}

export async function insertRecipient(
  sql: Sql,
  values: {
    decisionId: number;
    nominationId: number;
    awardTypeId: number;
    unitId: number;
    personId: number | null;
    collectiveUnitId: number | null;
    onceOnly: boolean;
    awardedOn: string;
  },
): Promise<boolean> {
  // The unique index refuses the same once-only award to one person: reported as a conflict by the caller.
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO commendation_recipients (decision_id, nomination_id, award_type_id, unit_id, person_id,
                                          collective_unit_id, once_only, awarded_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
    [
      values.decisionId,
      values.nominationId,
      values.awardTypeId,
      values.unitId,
      values.personId,
      values.collectiveUnitId,
      values.onceOnly,
      values.awardedOn,
    ],
  );
  return rows.length > 0;
}

interface RecipientCounts {
  individuals: number;
  collectives: number;
  medals: number;
  total: number;
}

/**
 * Recipients of an area in a period, for the indicators: individuals, collectives, medals, and the
 * recipients of each report class (a class nobody received is absent).
 */
export async function countRecipients(sql: Sql, args: { area: ReportArea; from: string; to: string }) {
  const { rows } = await sql.query<RecipientCounts & { report_as: AwardReportClass | null }>(
    `SELECT t.report_as, count(*) FILTER (WHERE r.person_id IS NOT NULL)::int AS individuals,
            count(*) FILTER (WHERE r.collective_unit_id IS NOT NULL)::int AS collectives,
            count(*) FILTER (WHERE t.is_medal)::int AS medals, count(*)::int AS total
       FROM commendation_recipients r
       JOIN units u ON u.id = r.unit_id
       JOIN award_types t ON t.id = r.award_type_id
      WHERE ${inArea('u.path', 1)} AND r.awarded_on BETWEEN $3::date AND $4::date
      GROUP BY t.report_as`,
    [args.area.unitPath, args.area.excludedPaths, args.from, args.to],
  );
  const counts: RecipientCounts & { byClass: Partial<Record<AwardReportClass, number>> } = {
    individuals: 0,
    collectives: 0,
    medals: 0,
    total: 0,
    byClass: {},
  };
  for (const row of rows) {
    counts.individuals += row.individuals;
    counts.collectives += row.collectives;
    counts.medals += row.medals;
    counts.total += row.total;
    if (row.report_as) counts.byClass[row.report_as] = row.total;
  }
  return counts;
}

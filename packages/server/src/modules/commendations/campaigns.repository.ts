import {
  nominationStatuses,
  type CampaignInput,
  type CampaignListQuery,
  type CampaignSort,
  type CheckOutcome,
  type CheckResult,
  type NominationListQuery,
  type NominationSort,
  type NominationStatus,
  type PassRule,
  type VoteInput,
} from '@danvan/shared';
import type { Sql } from '../../db/client.js';

export interface CampaignRow {
  id: number;
  owner_unit_id: number;
  owner_name: string;
  /** Empty when the owner lies above the reader's scope (a ward reading the city's campaign). */
  owner_path: string;
  title: string;
  award_type_ids: number[];
  reference_date: string;
  deadline: string;
  pass_rule: PassRule;
  status: 'open' | 'decided';
  nomination_count: number;
}

const campaignSelect = `
  SELECT c.id, c.owner_unit_id, c.owner_name, coalesce(o.path::text, '') AS owner_path, c.title, c.award_type_ids,
         c.reference_date::text AS reference_date, c.deadline::text AS deadline, c.pass_rule, c.status,
         (SELECT count(*) FROM nominations n WHERE n.campaign_id = c.id)::int AS nomination_count
    FROM commendation_campaigns c LEFT JOIN units o ON o.id = c.owner_unit_id`;

const campaignOrders: Record<CampaignSort, string> = {
  '-referenceDate': 'c.reference_date DESC, c.id DESC',
  referenceDate: 'c.reference_date, c.id',
  deadline: 'c.deadline, c.id',
  '-deadline': 'c.deadline DESC, c.id DESC',
  title: 'vi_sort_key(c.title) COLLATE "C", c.id',
  '-title': 'vi_sort_key(c.title) COLLATE "C" DESC, c.id DESC',
};

/** A page of the campaigns the reader sees, in the order asked, with the count of all that match. */
export async function findCampaigns(sql: Sql, query: CampaignListQuery) {
  const { rows } = await sql.query<CampaignRow & { total: number }>(
    `SELECT x.*, count(*) OVER ()::int AS total FROM (${campaignSelect}
      WHERE ($1::text IS NULL OR vi_fold(c.title) LIKE '%' || like_literal(vi_fold($1)) || '%')
        AND ($2::text IS NULL OR c.status = $2)
      ORDER BY ${campaignOrders[query.sort]}) x LIMIT $3 OFFSET $4`,
    [query.q?.trim() || null, query.status ?? null, query.limit, query.offset],
  );
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findCampaign(sql: Sql, id: number, forUpdate = false): Promise<CampaignRow | null> {
  const { rows } = await sql.query<CampaignRow>(
    `${campaignSelect} WHERE c.id = $1 ${forUpdate ? 'FOR UPDATE OF c' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertCampaign(
  sql: Sql,
  values: Omit<CampaignInput, 'quotas'> & { ownerUnitId: number; ownerName: string },
  userId: number,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO commendation_campaigns (owner_unit_id, owner_name, title, award_type_ids, reference_date, deadline,
                                         pass_rule, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      values.ownerUnitId,
      values.ownerName,
      values.title,
      values.awardTypeIds,
      values.referenceDate,
      values.deadline,
      values.passRule,
      userId,
    ],
  );
  return rows[0].id;
}

export async function setCampaignStatus(sql: Sql, id: number, status: 'open' | 'decided') {
  await sql.query(`UPDATE commendation_campaigns SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
}

export async function insertQuotas(sql: Sql, campaignId: number, quotas: CampaignInput['quotas']) {
  for (const q of quotas)
    await sql.query(`INSERT INTO campaign_quotas (campaign_id, unit_id, quota) VALUES ($1, $2, $3)`, [
      campaignId,
      q.unitId,
      q.quota,
    ]);
}

/** Replaces a campaign's quotas with those given (a unit left out has no quota). */
export async function replaceQuotas(sql: Sql, campaignId: number, quotas: CampaignInput['quotas']) {
  await sql.query(`DELETE FROM campaign_quotas WHERE campaign_id = $1`, [campaignId]);
  await insertQuotas(sql, campaignId, quotas);
}

/** How many nominations each unit has made in a campaign (all of them, whatever the reader's scope). */
export async function countNominationsByUnit(sql: Sql, campaignId: number) {
  const { rows } = await sql.query<{ unit_id: number; nominated: number }>(
    `SELECT unit_id, count(*)::int AS nominated FROM nominations WHERE campaign_id = $1 GROUP BY unit_id`,
    [campaignId],
  );
  return new Map(rows.map((r) => [r.unit_id, r.nominated]));
}

/** The quotas the reader may see (its own units'), with the nominations each unit made. */
export async function findQuotas(sql: Sql, campaignId: number) {
  const { rows } = await sql.query<{ unit_id: number; unit_name: string; quota: number; nominated: number }>(
    `SELECT q.unit_id, u.name AS unit_name, q.quota,
            (SELECT count(*) FROM nominations n WHERE n.campaign_id = q.campaign_id AND n.unit_id = q.unit_id)::int AS nominated
       FROM campaign_quotas q JOIN units u ON u.id = q.unit_id WHERE q.campaign_id = $1 ORDER BY u.name_folded`,
    [campaignId],
  );
  return rows;
}

export async function findQuota(sql: Sql, campaignId: number, unitId: number) {
  const { rows } = await sql.query<{ quota: number; nominated: number }>(
    `SELECT q.quota, (SELECT count(*) FROM nominations n WHERE n.campaign_id = $1 AND n.unit_id = $2)::int AS nominated
       FROM campaign_quotas q WHERE q.campaign_id = $1 AND q.unit_id = $2`,
    [campaignId, unitId],
  );
  return rows[0] ?? null;
}

export interface NominationRow {
  id: number;
  campaign_id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  owner_path: string;
  award_type_id: number;
  award_name: string;
  award_code: string;
  person_id: number | null;
  collective_unit_id: number | null;
  nominee_name: string;
  position: string;
  birth_year: number | null;
  at_path: string;
  at_name: string;
  status: NominationStatus;
  achievements: string;
  comment: string;
  rule_version_name: string | null;
  check_outcome: CheckOutcome;
  check_result: CheckResult;
  votes_members: number | null;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstaining: number | null;
}

const nominationSelect = `
  SELECT n.id, n.campaign_id, n.unit_id, u.name AS unit_name, u.path::text AS unit_path,
         coalesce(o.path::text, '') AS owner_path, n.award_type_id, t.name AS award_name, t.code AS award_code,
         n.person_id, n.collective_unit_id, coalesce(p.full_name, cu.name, '') AS nominee_name,
         coalesce(p.position, '') AS position, p.birth_year, n.at_path::text AS at_path,
         coalesce(a.name, unit_name_above_scope(n.at_path), '') AS at_name, n.status, n.achievements, n.comment, v.name AS rule_version_name,
         n.check_outcome, n.check_result, n.votes_members, n.votes_for, n.votes_against, n.votes_abstaining
    FROM nominations n
    JOIN commendation_campaigns c ON c.id = n.campaign_id
    JOIN units u ON u.id = n.unit_id
    JOIN award_types t ON t.id = n.award_type_id
    LEFT JOIN units o ON o.id = c.owner_unit_id
    LEFT JOIN units a ON a.path = n.at_path
    LEFT JOIN commendation_people p ON p.id = n.person_id
    LEFT JOIN units cu ON cu.id = n.collective_unit_id
    LEFT JOIN award_rule_versions v ON v.id = n.rule_version_id`;

const nomineeKey = `vi_name_sort_key(coalesce(p.full_name, cu.name, '')) COLLATE "C"`;
// Collectives before individuals within a unit, as lists of awards put them.
const nominationOrders: Record<NominationSort, string> = {
  unit: `vi_sort_key(u.name) COLLATE "C", n.person_id IS NOT NULL, ${nomineeKey}, n.id`,
  name: `${nomineeKey}, n.id`,
  '-name': `${nomineeKey} DESC, n.id DESC`,
  status: `array_position(ARRAY[${Object.keys(nominationStatuses)
    .map((k) => `'${k}'`)
    .join(', ')}], n.status), ${nomineeKey}, n.id`,
  check: `array_position(ARRAY['met', 'unknown', 'not_met'], n.check_outcome), ${nomineeKey}, n.id`,
  '-updated': 'n.updated_at DESC, n.id DESC',
};

export async function findNominations(sql: Sql, campaignId: number): Promise<NominationRow[]> {
  const { rows } = await sql.query<NominationRow>(
    `${nominationSelect} WHERE n.campaign_id = $1 ORDER BY ${nominationOrders.unit}`,
    [campaignId],
  );
  return rows;
}

/** A page of a campaign's nominations, searched by nominee or unit without accents, in the order asked. */
export async function findNominationPage(sql: Sql, campaignId: number, query: NominationListQuery) {
  const { rows } = await sql.query<NominationRow & { total: number }>(
    `SELECT x.*, count(*) OVER ()::int AS total FROM (${nominationSelect}
      WHERE n.campaign_id = $1
        AND ($2::text IS NULL OR vi_fold(coalesce(p.full_name, cu.name, '')) LIKE '%' || like_literal(vi_fold($2)) || '%'
             OR u.name_folded LIKE '%' || like_literal(vi_fold($2)) || '%')
        AND ($3::text IS NULL OR n.status = $3)
        AND ($4::text IS NULL OR (n.collective_unit_id IS NOT NULL) = ($4 = 'collective'))
      ORDER BY ${nominationOrders[query.sort]}) x LIMIT $5 OFFSET $6`,
    [campaignId, query.q?.trim() || null, query.status ?? null, query.kind ?? null, query.limit, query.offset],
  );
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findNomination(sql: Sql, id: number, forUpdate = false): Promise<NominationRow | null> {
  const { rows } = await sql.query<NominationRow>(
    `${nominationSelect} WHERE n.id = $1 ${forUpdate ? 'FOR UPDATE OF n' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export interface NominationValues {
  campaignId: number;
  unitId: number;
  unitPath: string;
  awardTypeId: number;
  personId: number | null;
  collectiveUnitId: number | null;
  achievements: string;
  ruleVersionId: number | null;
  check: CheckResult;
}

export async function insertNomination(sql: Sql, values: NominationValues, userId: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO nominations (campaign_id, unit_id, award_type_id, person_id, collective_unit_id, at_path, status,
                              achievements, rule_version_id, check_outcome, check_result, created_by)
     VALUES ($1, $2, $3, $4, $5, $6::ltree, 'draft', $7, $8, $9, $10::jsonb, $11)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      values.campaignId,
      values.unitId,
      values.awardTypeId,
      values.personId,
      values.collectiveUnitId,
      values.unitPath,
      values.achievements,
      values.ruleVersionId,
      values.check.outcome,
      JSON.stringify(values.check),
      userId,
    ],
  );
  return rows[0]?.id ?? 0;
}

export async function moveNomination(
  sql: Sql,
  id: number,
  values: { status: NominationStatus; atPath: string; comment?: string },
) {
  await sql.query(
    `UPDATE nominations SET status = $2, at_path = $3::ltree, comment = coalesce($4, comment), updated_at = now()
      WHERE id = $1`,
    [id, values.status, values.atPath, values.comment ?? null],
  );
}

/** The check run again when submitted, on the facts as they stand. */
export async function setNominationCheck(sql: Sql, id: number, ruleVersionId: number | null, check: CheckResult) {
  await sql.query(`UPDATE nominations SET rule_version_id = $2, check_outcome = $3, check_result = $4 WHERE id = $1`, [
    id,
    ruleVersionId,
    check.outcome,
    JSON.stringify(check),
  ]);
}

export async function setNominationVotes(sql: Sql, id: number, vote: VoteInput, status: NominationStatus) {
  await sql.query(
    `UPDATE nominations SET votes_members = $2, votes_for = $3, votes_against = $4, votes_abstaining = $5,
            status = $6, updated_at = now() WHERE id = $1`,
    [id, vote.members, vote.inFavour, vote.against, vote.abstaining, status],
  );
}

export async function findEvidence(sql: Sql, nominationIds: number[]) {
  const { rows } = await sql.query<{
    id: number;
    nomination_id: number;
    file_name: string;
    mime: string;
    size: number;
    sha256: string;
  }>(
    `SELECT id, nomination_id, file_name, mime, size, sha256 FROM nomination_evidence
      WHERE nomination_id = ANY($1::int[]) ORDER BY id`,
    [nominationIds],
  );
  return rows;
}

export async function insertEvidence(
  sql: Sql,
  values: { nominationId: number; fileName: string; mime: string; size: number; sha256: string },
  userId: number,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO nomination_evidence (nomination_id, file_name, mime, size, sha256, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
    [values.nominationId, values.fileName, values.mime, values.size, values.sha256, userId],
  );
  return rows[0]?.id ?? 0;
}
